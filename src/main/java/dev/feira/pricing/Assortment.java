package dev.feira.pricing;

import java.util.Set;

/**
 * The part of a supplier's catalog one buyer may see: whole product groups (nodes of the category
 * tree, "Escritório e TI > Papéis" covering everything below it) and single SKUs. A buyer without
 * an assortment sees the whole catalog.
 */
public record Assortment(String code, String name, Set<String> productGroups, Set<String> skus) {

    public static final String GROUP_SEPARATOR = " > ";

    public Assortment {
        productGroups = Set.copyOf(productGroups);
        skus = Set.copyOf(skus);
    }

    public boolean includes(String sku, String category) {
        if (skus.contains(sku)) {
            return true;
        }
        if (category == null) {
            return false;
        }
        for (String group : productGroups) {
            if (category.equals(group) || category.startsWith(group + GROUP_SEPARATOR)) {
                return true;
            }
        }
        return false;
    }
}
