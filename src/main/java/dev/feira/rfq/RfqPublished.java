package dev.feira.rfq;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.feira.shared.TenantId;

/** A buyer company sent its RFQ to the suppliers named; each gets an invitation of its own. */
public record RfqPublished(RfqId rfq, String number, UUID buyerCompany, List<TenantId> suppliers, Instant deadline, Instant at) {
}
