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
    private final Warehouses warehouses;
    private final CategoryTree categories;
    private final NewProductRows newProducts;
    private final ApplicationEventPublisher events;

    CatalogImport(Products products, Warehouses warehouses, CategoryTree categories, NewProductRows newProducts,
                  ApplicationEventPublisher events) {
        this.products = products;
        this.newProducts = newProducts;
        this.warehouses = warehouses;
        this.categories = categories;
        this.events = events;
    }

    /** @return how many products were created or changed */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    int apply(List<ProductSnapshot> rows) {
        return apply(rows, Given.ALL, percent -> { });
    }

    /**
     * Which of the optional, stored-elsewhere columns a sheet has: a sheet without one leaves those
     * values as they are (an ERP that sends no stock or units must not wipe them).
     */
    record Given(boolean stock, boolean units, boolean attributes, boolean taxes) {

        static final Given ALL = new Given(true, true, true, true);

        static Given of(java.util.Collection<String> columns) {
            return new Given(columns.contains("stock"), columns.contains("units"), columns.contains("attributes"),
                    columns.contains("ncm") || columns.contains("ipi"));
        }

        /** The row, with what the sheet does not carry taken from the product as it is. */
        ProductSnapshot completed(ProductSnapshot row, ProductSnapshot current) {
            if (current == null || units && attributes && taxes) {
                return row;
            }
            return new ProductSnapshot(row.sku(), row.gtin(), row.mpn(), row.name(), row.description(), row.brand(), row.category(),
                    row.unit(), row.packSize(), row.minOrderQuantity(), row.orderMultiple(), row.listPrice(), row.stock(),
                    attributes ? row.attributes() : current.attributes(), units ? row.units() : current.units(),
                    taxes ? row.ncm() : current.ncm(), taxes ? row.ipiRate() : current.ipiRate());
        }
    }

    /**
     * @param given which optional columns the sheet has; the stock column is the main warehouse's level
     * @return how many products were created or changed
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    int apply(List<ProductSnapshot> rows, Given given, java.util.function.IntConsumer progress) {
        Map<String, Product> existing = existing();
        String main = warehouses.main().code();
        categories.ensure(rows.stream().map(ProductSnapshot::category).collect(Collectors.toSet()));
        int changed = 0;
        int done = 0;
        List<ProductSnapshot> created = new java.util.ArrayList<>();
        for (ProductSnapshot row : rows) {
            if (++done % 1000 == 0) {
                progress.accept(done * 100 / rows.size());
            }
            Product product = existing.get(row.sku());
            if (product == null) { // stored in bulk below; a sheet without stock creates products without any
                created.add(given.stock() ? row : row.withStock(0));
                changed++;
                continue;
            }
            boolean stockChanged = given.stock() && product.changeStock(main, row.stock());
            if (product.apply(given.completed(row, product.isNew() ? null : product.toSnapshot())) | stockChanged) {
                products.save(product);
                changed++;
            }
        }
        products.flush(); // the rows below refer to what JPA holds pending (a main warehouse just made, categories)
        newProducts.insert(created, main);
        if (changed > 0) {
            events.publishEvent(new CatalogChanged(TenantContext.require(), changed, Instant.now()));
        }
        progress.accept(100);
        return changed;
    }

    /** How many of {@code rows} would create or change a product. */
    @Transactional(readOnly = true)
    int changes(List<ProductSnapshot> rows, Given given) {
        Map<String, Product> existing = existing();
        String main = warehouses.findByMainTrue().map(WarehouseEntry::code).orElse(null);
        int changes = 0;
        for (ProductSnapshot row : rows) {
            Product now = existing.get(row.sku());
            ProductSnapshot current = now == null ? null : now.toSnapshot();
            if (now == null || !current.equals(given.completed(row, current).withStock(current.stock()))
                    || given.stock() && (main == null ? row.stock() > 0 : now.stockIn(main) != row.stock())) {
                changes++;
            }
        }
        return changes;
    }

    /** Defines warehouses in the order given (the first a supplier has is its main one). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void defineWarehouses(List<dev.feira.catalog.Warehouse> wanted) {
        for (var w : wanted) {
            WarehouseEntry entry = warehouses.findByCode(w.code()).orElseGet(() ->
                    new WarehouseEntry(w.code(), w.name(), warehouses.findByMainTrue().isEmpty()));
            entry.rename(w.name());
            warehouses.save(entry);
        }
    }

    /** A level a stock sheet sets: one product in one warehouse. */
    record Level(String sku, String warehouse, int quantity) {
    }

    /** How many of the levels differ from the catalog's. */
    @Transactional(readOnly = true)
    int stockChanges(List<Level> levels) {
        Map<String, Product> current = existing();
        return (int) levels.stream().filter(l -> current.get(l.sku()).stockIn(l.warehouse()) != l.quantity()).count();
    }

    /**
     * Sets many stock levels at once, all or none; announced as one catalog change for the index.
     * The levels name known SKUs and warehouses ({@link StockSheetImport} checks them).
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    int applyStock(List<Level> levels, java.util.function.IntConsumer progress) {
        Map<String, Product> all = existing();
        java.util.Set<Product> changed = new java.util.HashSet<>();
        int done = 0;
        for (Level level : levels) {
            Product product = all.get(level.sku());
            if (product.changeStock(level.warehouse(), level.quantity())) {
                changed.add(product);
            }
            if (++done % 1000 == 0) {
                progress.accept(done * 100 / levels.size());
            }
        }
        changed.forEach(products::save);
        if (!changed.isEmpty()) {
            events.publishEvent(new CatalogChanged(TenantContext.require(), changed.size(), Instant.now()));
        }
        progress.accept(100);
        return changed.size();
    }

    private Map<String, Product> existing() {
        return products.findAll().stream().collect(Collectors.toMap(Product::sku, Function.identity()));
    }
}
