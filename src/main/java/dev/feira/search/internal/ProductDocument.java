package dev.feira.search.internal;

import java.math.BigDecimal;
import java.util.List;

import dev.feira.catalog.ProductSnapshot;

/**
 * What the index stores per product: the tenant, exact identifiers and the {@link #codes} they are
 * asked by, the words to match as {@link SearchText} makes them, and the product itself to show
 * without a database round trip.
 */
record ProductDocument(
        String tenantId,
        String sku,
        String gtin,
        String mpn,
        String offerKey,
        List<String> codes,
        String nameWords,
        String nameJoined,
        String brandWords,
        String categoryWords,
        String descriptionWords,
        String nameSort,
        String brand,
        String category,
        List<String> attributes,
        String attributeWords,
        boolean inStock,
        BigDecimal listPrice,
        long generation,
        ProductSnapshot product) {

    /**
     * @param generation when the product was read (the database's clock); a rebuild drops the tenant's documents read
     *                   before it began: products gone from the catalog
     */
    static ProductDocument of(String tenantId, ProductSnapshot p, long generation) {
        var name = SearchText.of(p.name());
        return new ProductDocument(tenantId, p.sku(), p.gtin(), p.mpn(), offerKey(tenantId, p),
                SearchText.codes(p.name(), p.sku(), p.gtin(), p.mpn()), name.text(), name.withPairsJoined(),
                SearchText.labelWords(p.brand()), SearchText.labelWords(p.category()), SearchText.of(p.description()).text(),
                TextFolding.fold(p.name()), p.brand(), p.category(),
                p.attributes().entrySet().stream().map(e -> attribute(e.getKey(), e.getValue())).toList(),
                attributeWords(p), p.stock() > 0, p.listPrice(), generation, p);
    }

    /** The attribute values' words, each value analysed as the label it is ("Aço Inox", "M8"). */
    private static String attributeWords(ProductSnapshot p) {
        var words = new StringBuilder();
        for (String value : p.attributes().values()) {
            String analysed = SearchText.labelWords(value);
            if (!analysed.isEmpty()) {
                words.append(words.isEmpty() ? "" : " ").append(analysed);
            }
        }
        return words.toString();
    }

    /**
     * What makes offers of several suppliers the same item for the marketplace: the GTIN, else the
     * manufacturer part number (qualified by brand, as MPNs repeat across makers), else nothing
     * shared (the product stands alone).
     */
    static String offerKey(String tenantId, ProductSnapshot p) {
        if (p.gtin() != null && !p.gtin().isBlank()) {
            return "gtin:" + p.gtin();
        }
        if (p.mpn() != null && !p.mpn().isBlank()) {
            return "mpn:" + TextFolding.fold(p.brand() == null ? "" : p.brand()) + ":" + p.mpn();
        }
        return "sku:" + tenantId + ":" + p.sku();
    }

    /** How an attribute value is stored for filters and facets: one keyword per name and value. */
    static String attribute(String name, String value) {
        return name + ATTRIBUTE_SEPARATOR + value;
    }

    static final String ATTRIBUTE_SEPARATOR = "=";

    String id() {
        return tenantId + ":" + sku;
    }
}
