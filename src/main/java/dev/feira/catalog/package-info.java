/**
 * Catalog: a supplier's products — identifiers (SKU, GTIN, MPN), units and pack sizes, minimum
 * lots and multiples, list price and stock.
 * <p>
 * API: {@link dev.feira.catalog.Catalog}, {@link dev.feira.catalog.ProductSnapshot},
 * {@link dev.feira.catalog.CatalogChanged}, {@link dev.feira.catalog.StockChanged}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "tenancy", "tenancy :: ui", "identity"})
package dev.feira.catalog;
