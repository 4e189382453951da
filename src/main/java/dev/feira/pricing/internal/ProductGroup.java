package dev.feira.pricing.internal;

/**
 * Discounts and promotions may name a product group: a node of the catalog's category tree
 * ("Fixadores" covers "Fixadores > Parafusos" and everything below it).
 */
final class ProductGroup {

    static final String SEPARATOR = " > ";

    private ProductGroup() {
    }

    static boolean contains(String group, String category) {
        if (group == null) {
            return true;
        }
        return category != null && (category.equals(group)
                || (category.startsWith(group) && category.startsWith(SEPARATOR, group.length())));
    }

    /** How deep a group reaches into the tree: a deeper group is more specific. */
    static int depth(String group) {
        return group == null ? 0 : group.split(SEPARATOR, -1).length;
    }
}
