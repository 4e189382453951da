package dev.feira.rfq;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.feira.shared.TenantId;

/** The buyer called its RFQ off; the suppliers it was sent to are told. */
public record RfqCancelled(RfqId rfq, String number, UUID buyerCompany, List<TenantId> suppliers, String reason, Instant at) {
}
