package dev.feira.rfq;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.feira.shared.TenantId;

/** The buyer opened negotiation round {@code round}: the suppliers named revise until {@code deadline}. */
public record RoundOpened(RfqId rfq, String number, UUID buyerCompany, int round, List<TenantId> suppliers, Instant deadline,
                          Map<UUID, BigDecimal> targets, String note, Instant at) {
}
