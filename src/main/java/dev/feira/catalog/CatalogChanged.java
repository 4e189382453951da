package dev.feira.catalog;

import java.time.Instant;

import dev.feira.shared.TenantId;
import dev.feira.shared.TenantScoped;

/** Products of a tenant were created or changed in bulk (an import); readers should refresh the whole tenant. */
public record CatalogChanged(TenantId tenant, int productsChanged, Instant at) implements TenantScoped {
}
