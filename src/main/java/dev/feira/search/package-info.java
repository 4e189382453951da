/**
 * Search: the Elasticsearch index of every supplier's catalog, fed by catalog events, and the
 * queries the portal and the API run against it. Accents are folded in Java (the embedded server
 * has core analysis only), so "parafuso sextavado" finds "Parafuso Sextavado Aço".
 * <p>
 * API: {@link dev.feira.search.CatalogSearch}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "tenancy", "tenancy :: ui", "catalog", "identity", "pricing", "pricing :: ui", "ordering", "ordering :: ui"})
package dev.feira.search;
