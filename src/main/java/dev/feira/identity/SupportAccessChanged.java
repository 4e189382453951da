package dev.feira.identity;

import java.time.Instant;

import dev.feira.shared.TenantId;

/** Support access to a supplier was opened or ended (by the operator, or by the supplier's admin). */
public record SupportAccessChanged(TenantId tenant, String operator, boolean opened, String reason, Instant until, String by,
                                   Instant at) {
}
