package dev.feira.search.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.feira.catalog.ProductSnapshot;

/**
 * What the index stores per product: the tenant, exact identifiers, accent-folded text to match,
 * and the product itself to show without a database round trip.
 */
record ProductDocument(
        String tenantId,
        String sku,
        String gtin,
        String mpn,
        String offerKey,
        String nameFolded,
        String brandFolded,
        String categoryFolded,
        String descriptionFolded,
        String nameSort,
        String brand,
        String category,
        List<String> attributes,
        String attributesFolded,
        boolean inStock,
        BigDecimal listPrice,
        long generation,
        ProductSnapshot product) {

    /** @param generation when it was written; a full reindex drops the tenant's documents of earlier generations */
    static ProductDocument of(String tenantId, ProductSnapshot p, long generation) {
        return new ProductDocument(tenantId, p.sku(), p.gtin(), p.mpn(), offerKey(tenantId, p),
                TextFolding.fold(p.name()), TextFolding.fold(p.brand()), TextFolding.fold(p.category()),
                TextFolding.fold(p.description()), TextFolding.fold(p.name()), p.brand(), p.category(),
                p.attributes().entrySet().stream().map(e -> attribute(e.getKey(), e.getValue())).toList(),
                TextFolding.fold(String.join(" ", p.attributes().values())), p.stock() > 0, p.listPrice(), generation, p);
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
        return Stream.of(tenantId, sku).collect(Collectors.joining(":"));
    }
}
