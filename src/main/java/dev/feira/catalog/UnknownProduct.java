package dev.feira.catalog;

/** No product with this SKU in the current tenant's catalog. */
public class UnknownProduct extends RuntimeException {

    public UnknownProduct(String sku) {
        super("No product with SKU '" + sku + "' in this catalog.");
    }
}
