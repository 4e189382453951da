package dev.feira.pricing;

import java.time.Instant;

import dev.feira.shared.TenantId;
import dev.feira.shared.TenantScoped;

/** A supplier's price lists, discounts, promotions or terms changed: cached prices of the tenant are stale. */
public record ConditionsChanged(TenantId tenant, Instant at) implements TenantScoped {
}
