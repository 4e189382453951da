package dev.feira.search;

import java.util.List;
import java.util.Optional;

import dev.feira.catalog.ProductSnapshot;
import dev.feira.pricing.Assortment;

/**
 * Full-text search in the current tenant's catalog: best matches first (exact SKU, GTIN or MPN
 * hits, then name, brand, category and description, tolerating typos and accents), narrowed by
 * filters, with facet counts. A buyer's assortment is applied by the index itself, so products
 * outside it show neither as hits nor in counts or facets.
 */
public interface CatalogSearch {

    SearchPage search(CatalogQuery query, int page, int size);

    long count(CatalogQuery query);

    /** How the matching products divide by category, brand and stock. */
    Facets facets(CatalogQuery query);

    /** What to look for; blank text matches everything. */
    record CatalogQuery(String text, Optional<Assortment> assortment, Optional<String> categoryGroup,
                        Optional<String> brand, boolean inStockOnly, Sort sort) {

        public static CatalogQuery of(String text) {
            return new CatalogQuery(text, Optional.empty(), Optional.empty(), Optional.empty(), false, Sort.RELEVANCE);
        }

        public CatalogQuery within(Optional<Assortment> assortment) {
            return new CatalogQuery(text, assortment, categoryGroup, brand, inStockOnly, sort);
        }

        /** Only products in this node of the category tree (and below it). */
        public CatalogQuery inCategory(Optional<String> group) {
            return new CatalogQuery(text, assortment, group, brand, inStockOnly, sort);
        }

        public CatalogQuery ofBrand(Optional<String> brand) {
            return new CatalogQuery(text, assortment, categoryGroup, brand, inStockOnly, sort);
        }

        public CatalogQuery inStockOnly(boolean only) {
            return new CatalogQuery(text, assortment, categoryGroup, brand, only, sort);
        }

        public CatalogQuery sortedBy(Sort sort) {
            return new CatalogQuery(text, assortment, categoryGroup, brand, inStockOnly, sort);
        }
    }

    /** Price sorts use the catalog list price: net prices differ per buyer and are not in the index. */
    enum Sort { RELEVANCE, NAME, LIST_PRICE_ASCENDING, LIST_PRICE_DESCENDING }

    record SearchPage(List<ProductSnapshot> hits, long total) {
    }

    record Facets(List<FacetValue> categories, List<FacetValue> brands, long inStock) {
    }

    record FacetValue(String value, long count) {
    }
}
