package dev.feira.catalog.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.feira.catalog.Catalog;
import dev.feira.catalog.ProductSnapshot;
import dev.feira.catalog.StockChanged;
import dev.feira.catalog.UnknownProduct;
import dev.feira.shared.TenantContext;

@Service
@Transactional(readOnly = true)
class JpaCatalog implements Catalog {

    private final Products products;
    private final ApplicationEventPublisher events;

    JpaCatalog(Products products, ApplicationEventPublisher events) {
        this.products = products;
        this.events = events;
    }

    @Override
    public Optional<ProductSnapshot> bySku(String sku) {
        return products.findBySku(sku).map(Product::toSnapshot);
    }

    @Override
    public List<ProductSnapshot> pageAfter(String afterSku, int size) {
        return products.findBySkuGreaterThanOrderBySku(afterSku, org.springframework.data.domain.Limit.of(size)).stream()
                .map(Product::toSnapshot).toList();
    }

    @Override
    public long count() {
        return products.count();
    }

    @Override
    public java.util.SortedSet<String> unknownSkus(java.util.Collection<String> skus) {
        var unknown = new java.util.TreeSet<>(skus);
        List<String> all = List.copyOf(unknown);
        for (int from = 0; from < all.size(); from += 1000) { // bounded IN lists
            products.existingSkus(all.subList(from, Math.min(all.size(), from + 1000))).forEach(unknown::remove);
        }
        return unknown;
    }

    @Override
    public List<ProductSnapshot> list(String filter, int page, int size) {
        return products.findFiltered(normalised(filter), PageRequest.of(page, size)).stream().map(Product::toSnapshot).toList();
    }

    @Override
    public long count(String filter) {
        return products.countFiltered(normalised(filter));
    }

    private static String normalised(String filter) {
        return filter == null ? "" : filter.strip().toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    @Transactional
    public ProductSnapshot save(ProductSnapshot values) {
        var problems = values.problems();
        if (!problems.isEmpty()) {
            throw new dev.feira.catalog.InvalidProduct(problems);
        }
        Product product = products.findBySku(values.sku()).orElseGet(() -> new Product(values.sku()));
        if (product.apply(values)) {
            products.save(product);
            events.publishEvent(new dev.feira.catalog.ProductChanged(TenantContext.require(), values.sku(), Instant.now()));
        }
        return product.toSnapshot();
    }

    @Override
    @Transactional
    public ProductSnapshot setStock(String sku, int stock) {
        Product product = products.findBySku(sku).orElseThrow(() -> new UnknownProduct(sku));
        if (product.changeStock(stock)) {
            products.save(product);
            events.publishEvent(new StockChanged(TenantContext.require(), sku, stock, Instant.now()));
        }
        return product.toSnapshot();
    }
}
