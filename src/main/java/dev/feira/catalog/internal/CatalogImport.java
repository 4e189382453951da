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
        return apply(rows, true, percent -> { });
    }

    /**
     * @param withStock false when the sheet has no stock column: existing levels are kept
     * @return how many products were created or changed
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    int apply(List<ProductSnapshot> rows, boolean withStock, java.util.function.IntConsumer progress) {
        Map<String, Product> existing = existing();
        int changed = 0;
        int done = 0;
        for (ProductSnapshot row : rows) {
            Product product = existing.get(row.sku());
            if (product == null) {
                product = new Product(row.sku());
            }
            if (product.apply(withStock || product.isNew() ? row : keepingStock(row, product))) {
                products.save(product);
                changed++;
            }
            if (++done % 1000 == 0) {
                progress.accept(done * 100 / rows.size());
            }
        }
        if (changed > 0) {
            events.publishEvent(new CatalogChanged(TenantContext.require(), changed, Instant.now()));
        }
        progress.accept(100);
        return changed;
    }

    /** How many of {@code rows} would create or change a product. */
    @Transactional(readOnly = true)
    int changes(List<ProductSnapshot> rows, boolean withStock) {
        Map<String, ProductSnapshot> current = existing().values().stream()
                .collect(Collectors.toMap(Product::sku, Product::toSnapshot));
        int changes = 0;
        for (ProductSnapshot row : rows) {
            ProductSnapshot now = current.get(row.sku());
            if (now == null || !now.equals(withStock ? row : withStock(row, now.stock()))) {
                changes++;
            }
        }
        return changes;
    }

    /** How many of the levels differ from the catalog's. */
    @Transactional(readOnly = true)
    int stockChanges(Map<String, Integer> levels) {
        return (int) existing().values().stream()
                .filter(p -> levels.containsKey(p.sku()) && levels.get(p.sku()) != p.toSnapshot().stock()).count();
    }

    /** Sets many stock levels at once, all or none; announced as one catalog change for the index. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    int applyStock(Map<String, Integer> levels, java.util.function.IntConsumer progress) {
        int changed = 0;
        int done = 0;
        var all = existing().values();
        for (Product product : all) {
            Integer level = levels.get(product.sku());
            if (level != null && product.changeStock(level)) {
                products.save(product);
                changed++;
            }
            if (++done % 1000 == 0) {
                progress.accept(done * 100 / all.size());
            }
        }
        if (changed > 0) {
            events.publishEvent(new CatalogChanged(TenantContext.require(), changed, Instant.now()));
        }
        progress.accept(100);
        return changed;
    }

    private Map<String, Product> existing() {
        return products.findAll().stream().collect(Collectors.toMap(Product::sku, Function.identity()));
    }

    private static ProductSnapshot keepingStock(ProductSnapshot row, Product product) {
        return withStock(row, product.toSnapshot().stock());
    }

    private static ProductSnapshot withStock(ProductSnapshot p, int stock) {
        return new ProductSnapshot(p.sku(), p.gtin(), p.mpn(), p.name(), p.description(), p.brand(), p.category(), p.unit(),
                p.packSize(), p.minOrderQuantity(), p.orderMultiple(), p.listPrice(), stock);
    }
}
