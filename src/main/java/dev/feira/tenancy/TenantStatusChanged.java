package dev.feira.tenancy;

import java.time.Instant;

import dev.feira.shared.TenantId;

/** A tenant's status changed, by whom (an operator's user name, or "system") and why. */
public record TenantStatusChanged(TenantId tenant, String slug, TenantStatus from, TenantStatus to, String by, String reason, Instant at) {
}
