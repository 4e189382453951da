package dev.feira.catalog;

import java.time.Instant;

import dev.feira.shared.TenantId;
import dev.feira.shared.TenantScoped;

/** One product was created or edited (in the supplier's product form). */
public record ProductChanged(TenantId tenant, String sku, Instant at) implements TenantScoped {
}
