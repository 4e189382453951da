package dev.feira.catalog.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.feira.catalog.Catalog;
import dev.feira.catalog.ProductSnapshot;

@Service
@Transactional(readOnly = true)
class JpaCatalog implements Catalog {

    private final Products products;

    JpaCatalog(Products products) {
        this.products = products;
    }

    @Override
    public Optional<ProductSnapshot> bySku(String sku) {
        return products.findBySku(sku).map(Product::toSnapshot);
    }

    @Override
    public List<ProductSnapshot> page(int page, int size) {
        return products.findAllByOrderBySku(PageRequest.of(page, size)).stream().map(Product::toSnapshot).toList();
    }

    @Override
    public long count() {
        return products.count();
    }
}
