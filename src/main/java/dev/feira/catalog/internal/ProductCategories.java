package dev.feira.catalog.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The current tenant's category tree. */
@Transactional(readOnly = true)
interface ProductCategories extends Repository<ProductCategory, UUID> {

    @Transactional
    ProductCategory save(ProductCategory category);

    @Transactional
    void delete(ProductCategory category);

    List<ProductCategory> findAllByOrderByPath();

    java.util.Optional<ProductCategory> findByPath(String path);

    /** Moves a node and its descendants: {@code from} becomes {@code to}, "from > x" becomes "to > x". */
    @Modifying
    @Transactional
    @Query("""
            update ProductCategory c set c.path = concat(:to, substring(c.path, length(:from) + 1))
            where c.path = :from or c.path like concat(:from, ' > %')""")
    int move(String from, String to);

    @Modifying
    @Transactional
    @Query("""
            update Product p set p.category = concat(:to, substring(p.category, length(:from) + 1)), p.updatedAt = current_timestamp
            where p.category = :from or p.category like concat(:from, ' > %')""")
    int moveProducts(String from, String to);

    @Query("select p.category, count(p) from Product p where p.category is not null group by p.category")
    List<Object[]> productsPerCategory();
}
