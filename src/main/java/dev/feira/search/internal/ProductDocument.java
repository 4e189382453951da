package dev.feira.search.internal;

import java.math.BigDecimal;
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
        String nameFolded,
        String brandFolded,
        String categoryFolded,
        String descriptionFolded,
        String nameSort,
        String brand,
        String category,
        boolean inStock,
        BigDecimal listPrice,
        ProductSnapshot product) {

    static ProductDocument of(String tenantId, ProductSnapshot p) {
        return new ProductDocument(tenantId, p.sku(), p.gtin(), p.mpn(),
                TextFolding.fold(p.name()), TextFolding.fold(p.brand()), TextFolding.fold(p.category()),
                TextFolding.fold(p.description()), TextFolding.fold(p.name()), p.brand(), p.category(),
                p.stock() > 0, p.listPrice(), p);
    }

    String id() {
        return Stream.of(tenantId, sku).collect(Collectors.joining(":"));
    }
}
