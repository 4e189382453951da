package dev.feira.rfq;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.feira.shared.TenantId;

/**
 * A buyer awarded its RFQ and the award became orders: {@code fully} got every line they quoted in full,
 * {@code partly} some of it; every other invited supplier is told it was not awarded.
 */
public record RfqAwarded(RfqId rfq, String number, UUID buyerCompany, List<TenantId> fully, List<TenantId> partly,
                         List<TenantId> invited, Instant at) {
}
