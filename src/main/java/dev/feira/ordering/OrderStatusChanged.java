package dev.feira.ordering;

import java.time.Instant;
import java.util.UUID;

import dev.feira.shared.TenantId;
import dev.feira.shared.TenantScoped;

/** An order moved from one status to the next (never anything else: see {@link OrderStatus#next()}). */
public record OrderStatusChanged(TenantId tenant, UUID order, String number, OrderStatus from, OrderStatus to, String reason,
                                 Instant at) implements TenantScoped {
}
