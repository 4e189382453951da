package dev.feira.catalog;

import java.time.Instant;

import dev.feira.shared.TenantId;
import dev.feira.shared.TenantScoped;

/** A product's stock level was set (by the supplier's ERP, or an import). */
public record StockChanged(TenantId tenant, String sku, int stock, Instant at) implements TenantScoped {
}
