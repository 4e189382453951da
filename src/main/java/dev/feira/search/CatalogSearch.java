package dev.feira.search;

import java.util.List;

import dev.feira.catalog.ProductSnapshot;

/** Full-text search in the current tenant's catalog. */
public interface CatalogSearch {

    /**
     * Products matching {@code query} (all products for a blank query), best first: exact SKU,
     * GTIN or MPN hits, then name, brand, category and description, tolerating typos and accents.
     */
    SearchPage search(String query, int page, int size);

    long count(String query);

    record SearchPage(List<ProductSnapshot> hits, long total) {
    }
}
