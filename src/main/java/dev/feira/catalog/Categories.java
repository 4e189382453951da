package dev.feira.catalog;

import java.util.List;

/** The current supplier's category tree, which products, search facets and product groups follow. */
public interface Categories {

    /** Every node, parents before children, in path order, with product counts. */
    List<CategoryNode> tree();

    /**
     * Adds a category under {@code parentPath} (null or blank: at the top).
     *
     * @throws IllegalArgumentException when the name is unusable, the parent unknown or the path taken
     */
    CategoryNode create(String parentPath, String name);

    /**
     * Renames a category: its products, sub-categories and the conditions that name it (product
     * groups of discounts, promotions, assortments) follow.
     *
     * @throws IllegalArgumentException when the category is unknown or the new name is unusable or taken
     */
    CategoryNode rename(String path, String newName);

    /**
     * Removes an empty category (no products, no sub-categories).
     *
     * @throws IllegalArgumentException when the category is unknown or not empty
     */
    void remove(String path);
}
