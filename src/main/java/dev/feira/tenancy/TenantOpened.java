package dev.feira.tenancy;

import dev.feira.shared.TenantId;
import dev.feira.shared.TenantScoped;

/** A supplier portal was opened (signed up, or declared under {@code tenants/}): it answers on {@code host}. */
public record TenantOpened(TenantId tenant, String slug, String host) implements TenantScoped {
}
