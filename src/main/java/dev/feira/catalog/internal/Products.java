package dev.feira.catalog.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

/** The current tenant's products. */
interface Products extends Repository<Product, UUID> {

    Product save(Product product);

    Optional<Product> findBySku(String sku);

    List<Product> findAllByOrderBySku(Pageable page);

    List<Product> findAll();

    long count();
}
