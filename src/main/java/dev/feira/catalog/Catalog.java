package dev.feira.catalog;

import java.util.List;
import java.util.Optional;

/** The current tenant's products. */
public interface Catalog {

    Optional<ProductSnapshot> bySku(String sku);

    /** One page of products in SKU order, for bulk readers such as the search indexer. */
    List<ProductSnapshot> page(int page, int size);

    long count();
}
