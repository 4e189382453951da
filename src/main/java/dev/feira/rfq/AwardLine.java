package dev.feira.rfq;

import java.util.UUID;

import dev.feira.shared.TenantId;

/** Part of an award: {@code quantity} of one RFQ line to one supplier, at the price of its latest quote. */
public record AwardLine(UUID lineId, TenantId supplier, int quantity) {
}
