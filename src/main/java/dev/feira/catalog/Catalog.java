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
     * Sets the stock level the main warehouse holds (not a delta: ERPs send what they hold) and
     * announces the product's new total.
     *
     * @throws UnknownProduct when the SKU is not in the catalog
     * @throws IllegalArgumentException when the level is negative
     */
    default ProductSnapshot setStock(String sku, int stock) {
        return setStock(sku, null, stock);
    }

    /**
     * Sets the level one warehouse holds ({@code null}: the main one) and announces the new total.
     *
     * @throws UnknownWarehouse when the supplier has no such warehouse
     */
    ProductSnapshot setStock(String sku, String warehouse, int stock);

    /** What each warehouse holds of the product, main warehouse first; warehouses holding none included. */
    List<StockLevel> stockOf(String sku);

    /** The supplier's warehouses, main first (a new supplier gets one, "CD", when stock first arrives). */
    List<Warehouse> warehouses();

    /**
     * Adds a warehouse or renames one; the first a supplier defines is its main warehouse.
     *
     * @throws IllegalArgumentException when the code or name is not usable
     */
    Warehouse defineWarehouse(String code, String name);

    /**
     * Takes stock for an order, all lines or none: from the main warehouse first, then the others.
     * Concurrent takes of one product wait for each other, so stock never goes below zero.
     *
     * @param quantities base units by SKU
     * @throws NotEnoughStock naming every SKU that falls short; nothing is taken
     * @throws UnknownProduct when a SKU is not in the catalog
     */
    void take(java.util.Map<String, Integer> quantities);
}
