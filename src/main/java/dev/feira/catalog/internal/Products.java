package dev.feira.catalog.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The current tenant's products. */
@Transactional(readOnly = true) // also for derived queries: row-level security needs a transaction
interface Products extends Repository<Product, UUID> {

    @Transactional
    Product save(Product product);

    /** Writes what the persistence context holds, before rows are written beside it (an import's new products). */
    void flush();

    Optional<Product> findBySku(String sku);

    /**
     * For reading only (carts, checkouts, product pages): the product with its units and attributes
     * in one select, and not watched for changes, so the transaction's flush has nothing to compare.
     */
    @org.springframework.data.jpa.repository.Query("""
            select p from Product p left join fetch p.units left join fetch p.attributes where p.sku = :sku""")
    @org.springframework.data.jpa.repository.QueryHints(@jakarta.persistence.QueryHint(name = org.hibernate.jpa.HibernateHints.HINT_READ_ONLY, value = "true"))
    Optional<Product> findToReadBySku(String sku);

    /** The product, locked until the transaction ends: concurrent stock takes queue up here. */
    @org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    @org.springframework.data.jpa.repository.Query("select p from Product p where p.sku = :sku")
    @Transactional
    Optional<Product> findForUpdate(String sku);

    List<Product> findAll();

    @org.springframework.data.jpa.repository.Query("""
            select p from Product p
            where :filter = '' or lower(p.sku) like concat('%', :filter, '%') or lower(p.name) like concat('%', :filter, '%')
               or lower(p.brand) like concat('%', :filter, '%')
            order by p.sku""")
    List<Product> findFiltered(String filter, Pageable page);

    @org.springframework.data.jpa.repository.Query("""
            select count(p) from Product p
            where :filter = '' or lower(p.sku) like concat('%', :filter, '%') or lower(p.name) like concat('%', :filter, '%')
               or lower(p.brand) like concat('%', :filter, '%')""")
    long countFiltered(String filter);

    List<Product> findBySkuGreaterThanOrderBySku(String sku, org.springframework.data.domain.Limit limit);

    @org.springframework.data.jpa.repository.Query("select p.sku from Product p where p.sku in :skus")
    List<String> existingSkus(java.util.Collection<String> skus);

    long count();
}
