package dev.feira.search;

import java.util.List;
import java.util.Optional;

import dev.feira.catalog.ProductSnapshot;
import dev.feira.pricing.Assortment;

/** Full-text search in the current tenant's catalog. */
public interface CatalogSearch {

    /**
     * Products matching {@code query} (all products for a blank query), best first: exact SKU,
     * GTIN or MPN hits, then name, brand, category and description, tolerating typos and accents.
     */
    SearchPage search(String query, int page, int size);

    long count(String query);

    /**
     * The same, within a buyer's assortment: products outside it are filtered out by the index
     * itself, so they show neither as hits nor in counts.
     */
    SearchPage search(String query, Optional<Assortment> assortment, int page, int size);

    long count(String query, Optional<Assortment> assortment);

    record SearchPage(List<ProductSnapshot> hits, long total) {
    }
}
