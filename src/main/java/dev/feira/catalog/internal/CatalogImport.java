package dev.feira.catalog.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import dev.feira.catalog.CatalogChanged;
import dev.feira.catalog.ProductSnapshot;
import dev.feira.shared.TenantContext;

/** Applies parsed catalog rows to the current tenant, all or nothing; unchanged rows are left alone. */
@Service
class CatalogImport {

    private final Products products;
    private final ApplicationEventPublisher events;

    CatalogImport(Products products, ApplicationEventPublisher events) {
        this.products = products;
        this.events = events;
    }

    /** @return how many products were created or changed */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    int apply(List<ProductSnapshot> rows) {
        Map<String, Product> existing = products.findAll().stream()
                .collect(Collectors.toMap(Product::sku, Function.identity()));
        int changed = 0;
        for (ProductSnapshot row : rows) {
            Product product = existing.get(row.sku());
            if (product == null) {
                product = new Product(row.sku());
            }
            if (product.apply(row)) {
                products.save(product);
                changed++;
            }
        }
        if (changed > 0) {
            events.publishEvent(new CatalogChanged(TenantContext.require(), changed, Instant.now()));
        }
        return changed;
    }
}
