package dev.feira.catalog;

import java.util.List;
import java.util.Optional;

/** The current tenant's products. */
public interface Catalog {

    Optional<ProductSnapshot> bySku(String sku);

    /** Up to {@code size} products with a SKU after {@code afterSku} ("" for the first), in SKU order: for bulk readers. */
    List<ProductSnapshot> pageAfter(String afterSku, int size);

    long count();

    /** One page of products whose SKU, name or brand contains {@code filter} (all for a blank one), by SKU: for the supplier's product list. */
    List<ProductSnapshot> list(String filter, int page, int size);

    long count(String filter);

    /**
     * Creates the product or updates the one with its SKU, and announces it.
     *
     * @throws InvalidProduct listing what is wrong, field by field; nothing is saved
     */
    ProductSnapshot save(ProductSnapshot product);

    /** Those of {@code skus} that are not in the catalog, sorted: for checking a price list or stock file before applying it. */
    java.util.SortedSet<String> unknownSkus(java.util.Collection<String> skus);

    /**
     * Sets a product's stock level (not a delta: ERPs send what they hold) and announces it.
     *
     * @throws UnknownProduct when the SKU is not in the catalog
     * @throws IllegalArgumentException when the level is negative
     */
    ProductSnapshot setStock(String sku, int stock);
}
