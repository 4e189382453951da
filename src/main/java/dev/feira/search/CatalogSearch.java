package dev.feira.search;

import java.util.List;
import java.util.Optional;

import dev.feira.catalog.ProductSnapshot;
import dev.feira.identity.BuyerAccountProfile;
import dev.feira.pricing.Assortment;

/**
 * Full-text search in the current tenant's catalog: best matches first (exact SKU, GTIN or MPN
 * hits, then name, brand, category and description, tolerating typos and accents), narrowed by
 * filters, with facet counts. A buyer's assortment is applied by the index itself, so products
 * outside it show neither as hits nor in counts or facets.
 */
public interface CatalogSearch {

    /** How deep results can be paged (the index's result window): narrower searches find the rest. */
    int MAX_RESULTS = 10_000;

    SearchPage search(CatalogQuery query, int page, int size);

    long count(CatalogQuery query);

    /** How the matching products divide by category, brand, attribute values and stock. */
    Facets facets(CatalogQuery query);

    /**
     * What a catalog page shows at once, found together: the first {@code size} hits in the query's order with their
     * total, and what a filter panel offers beside them: categories and brands over the words alone (choosing one still
     * lists the others), attribute values within the chosen category and brand, and how many of the hits are in stock.
     */
    Glance glance(CatalogQuery query, int size);

    /** What to look for; blank text matches everything. */
    /** @param attributes attribute values every hit must have (name to value) */
    /** @param pricedFor whose net prices a {@link Sort#byNetPrice() net price sort} follows (none: the general prices) */
    record CatalogQuery(String text, Optional<Assortment> assortment, Optional<String> categoryGroup,
                        Optional<String> brand, java.util.Map<String, String> attributes, boolean inStockOnly, Sort sort,
                        Optional<BuyerAccountProfile> pricedFor) {

        public CatalogQuery {
            attributes = java.util.Map.copyOf(attributes);
        }

        public CatalogQuery(String text, Optional<Assortment> assortment, Optional<String> categoryGroup,
                            Optional<String> brand, java.util.Map<String, String> attributes, boolean inStockOnly, Sort sort) {
            this(text, assortment, categoryGroup, brand, attributes, inStockOnly, sort, Optional.empty());
        }

        public static CatalogQuery of(String text) {
            return new CatalogQuery(text, Optional.empty(), Optional.empty(), Optional.empty(), java.util.Map.of(), false, Sort.RELEVANCE);
        }

        /** The buyer whose net prices order the hits when sorted by net price. */
        public CatalogQuery pricedFor(Optional<BuyerAccountProfile> buyer) {
            return new CatalogQuery(text, assortment, categoryGroup, brand, attributes, inStockOnly, sort, buyer);
        }

        public CatalogQuery within(Optional<Assortment> assortment) {
            return new CatalogQuery(text, assortment, categoryGroup, brand, attributes, inStockOnly, sort, pricedFor);
        }

        /** Only products in this node of the category tree (and below it). */
        public CatalogQuery inCategory(Optional<String> group) {
            return new CatalogQuery(text, assortment, group, brand, attributes, inStockOnly, sort, pricedFor);
        }

        public CatalogQuery ofBrand(Optional<String> brand) {
            return new CatalogQuery(text, assortment, categoryGroup, brand, attributes, inStockOnly, sort, pricedFor);
        }

        /** Only products whose attributes have all these values. */
        public CatalogQuery withAttributes(java.util.Map<String, String> wanted) {
            return new CatalogQuery(text, assortment, categoryGroup, brand, wanted, inStockOnly, sort, pricedFor);
        }

        public CatalogQuery inStockOnly(boolean only) {
            return new CatalogQuery(text, assortment, categoryGroup, brand, attributes, only, sort, pricedFor);
        }

        public CatalogQuery sortedBy(Sort sort) {
            return new CatalogQuery(text, assortment, categoryGroup, brand, attributes, inStockOnly, sort, pricedFor);
        }
    }

    /**
     * How hits are ordered. Net prices differ per buyer and are not in the index: a net price sort prices the first
     * {@value #NET_PRICE_WINDOW} hits by list price for the query's buyer and orders those by what the buyer pays at
     * the minimum lot — exact for any search with fewer hits; beyond them, pages follow the list price.
     */
    enum Sort {
        RELEVANCE, NAME, LIST_PRICE_ASCENDING, LIST_PRICE_DESCENDING, NET_PRICE_ASCENDING, NET_PRICE_DESCENDING;

        public boolean byNetPrice() {
            return this == NET_PRICE_ASCENDING || this == NET_PRICE_DESCENDING;
        }

        /** The index's order closest to this one. */
        public Sort inTheIndex() {
            return switch (this) {
                case NET_PRICE_ASCENDING -> LIST_PRICE_ASCENDING;
                case NET_PRICE_DESCENDING -> LIST_PRICE_DESCENDING;
                default -> this;
            };
        }
    }

    /** How many hits a net price sort orders exactly. */
    int NET_PRICE_WINDOW = 1_000;

    record SearchPage(List<ProductSnapshot> hits, long total) {
    }

    /** @param attributes values per attribute name, attribute names in order */
    record Facets(List<FacetValue> categories, List<FacetValue> brands, java.util.SortedMap<String, List<FacetValue>> attributes,
                  long inStock) {
    }

    record FacetValue(String value, long count) {
    }

    /** @param firstPage the first hits and how many there are; @param filterOptions see {@link #glance} */
    record Glance(SearchPage firstPage, Facets filterOptions) {
    }
}
