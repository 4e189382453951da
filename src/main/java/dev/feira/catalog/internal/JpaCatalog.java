package dev.feira.catalog.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.persistence.EntityManager;

import dev.feira.catalog.Catalog;
import dev.feira.catalog.InvalidProduct;
import dev.feira.catalog.NotEnoughStock;
import dev.feira.catalog.ProductChanged;
import dev.feira.catalog.ProductSnapshot;
import dev.feira.catalog.StockChanged;
import dev.feira.catalog.StockLevel;
import dev.feira.catalog.UnknownProduct;
import dev.feira.catalog.UnknownWarehouse;
import dev.feira.catalog.Warehouse;
import dev.feira.identity.CatalogAccess;
import dev.feira.shared.TenantContext;

/** The current tenant's products: reading is for every caller that may browse; changing is for the supplier's own people and systems. */
@Service
@Transactional(readOnly = true)
class JpaCatalog implements Catalog {

    private final Products products;
    private final Warehouses warehouses;
    private final CategoryTree categories;
    private final ApplicationEventPublisher events;
    private final EntityManager entityManager;
    private final CatalogAccess access;
    private final ProductPages pages;

    JpaCatalog(Products products, Warehouses warehouses, CategoryTree categories, ApplicationEventPublisher events,
               EntityManager entityManager, CatalogAccess access, ProductPages pages) {
        this.access = access;
        this.pages = pages;
        this.entityManager = entityManager;
        this.categories = categories;
        this.products = products;
        this.warehouses = warehouses;
        this.events = events;
    }

    @Override
    public Optional<ProductSnapshot> bySku(String sku) {
        // Read, copied and let go: a product read-only in this transaction's context would silently
        // ignore a stock take later in the same transaction.
        return products.findToReadBySku(sku).map(product -> {
            var snapshot = product.toSnapshot();
            entityManager.detach(product);
            return snapshot;
        });
    }

    @Override
    public List<ProductSnapshot> pageAfter(String afterSku, int size) {
        return pages.after(afterSku, size);
    }

    @Override
    public long count() {
        return products.count();
    }

    @Override
    public SortedSet<String> unknownSkus(Collection<String> skus) {
        var unknown = new TreeSet<>(skus);
        List<String> all = List.copyOf(unknown);
        for (int from = 0; from < all.size(); from += 1000) { // bounded IN lists
            products.existingSkus(all.subList(from, Math.min(all.size(), from + 1000))).forEach(unknown::remove);
        }
        return unknown;
    }

    @Override
    public List<ProductSnapshot> list(String filter, int page, int size) {
        access.requireAdministrator(); // the supplier's own list, inactive products included
        return products.findFiltered(normalised(filter), PageRequest.of(page, size)).stream().map(Product::toSnapshot).toList();
    }

    @Override
    public long count(String filter) {
        access.requireAdministrator();
        return products.countFiltered(normalised(filter));
    }

    private static String normalised(String filter) {
        return filter == null ? "" : filter.strip().toLowerCase(Locale.ROOT);
    }

    @Override
    @Transactional
    public ProductSnapshot save(ProductSnapshot values) {
        access.requireAdministrator();
        var problems = values.problems();
        if (!problems.isEmpty()) {
            throw new InvalidProduct(problems);
        }
        Product product = products.findBySku(values.sku()).orElseGet(() -> new Product(values.sku()));
        categories.ensure(Collections.singleton(values.category()));
        if (product.apply(values)) {
            products.save(product);
            events.publishEvent(new ProductChanged(TenantContext.require(), values.sku(), Instant.now()));
        }
        return product.toSnapshot();
    }

    @Override
    @Transactional
    public ProductSnapshot setStock(String sku, int stock) {
        return setStock(sku, null, stock);
    }

    @Override
    @Transactional
    public ProductSnapshot setStock(String sku, String warehouse, int stock) {
        access.requireAdministrator();
        Product product = products.findBySku(sku).orElseThrow(() -> new UnknownProduct(sku));
        String code = warehouse == null || warehouse.isBlank() ? warehouses.main().code() : known(warehouse);
        if (product.changeStock(code, stock)) {
            products.save(product);
            events.publishEvent(new StockChanged(TenantContext.require(), sku, product.toSnapshot().stock(), Instant.now()));
        }
        return product.toSnapshot();
    }

    private String known(String warehouse) {
        String code = warehouse.strip().toUpperCase(Locale.ROOT);
        return warehouses.findByCode(code).map(WarehouseEntry::code).orElseThrow(() -> new UnknownWarehouse(code,
                warehouses.findAllByOrderByMainDescCodeAsc().stream().map(WarehouseEntry::code).toList()));
    }

    @Override
    public List<StockLevel> stockOf(String sku) {
        Product product = products.findBySku(sku).orElseThrow(() -> new UnknownProduct(sku));
        return warehouses.findAllByOrderByMainDescCodeAsc().stream()
                .map(w -> new StockLevel(w.code(), w.toWarehouse().name(), product.stockIn(w.code()))).toList();
    }

    @Override
    public List<Warehouse> warehouses() {
        return warehouses.findAllByOrderByMainDescCodeAsc().stream().map(WarehouseEntry::toWarehouse).toList();
    }

    @Override
    @Transactional
    public Warehouse defineWarehouse(String code, String name) {
        access.requireAdministrator();
        String normalised = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        if (!WAREHOUSE_CODE.matcher(normalised).matches()) {
            throw new IllegalArgumentException("A warehouse code is 1 to 32 capital letters, digits or hyphens, e.g. CWB-1");
        }
        if (name == null || name.isBlank() || name.length() > 120) {
            throw new IllegalArgumentException("A warehouse needs a name of up to 120 characters");
        }
        WarehouseEntry warehouse = warehouses.findByCode(normalised).orElseGet(() ->
                new WarehouseEntry(normalised, name.strip(), warehouses.findByMainTrue().isEmpty()));
        warehouse.rename(name.strip());
        return warehouses.save(warehouse).toWarehouse();
    }

    private static final Pattern WAREHOUSE_CODE = Pattern.compile("[A-Z0-9-]{1,32}");

    @Override
    @Transactional
    public void take(Map<String, Integer> quantities) {
        String main = warehouses.main().code();
        var locked = new LinkedHashMap<String, Product>();
        // Locked in SKU order: two orders sharing products never wait on each other in a circle.
        for (String sku : new TreeSet<>(quantities.keySet())) {
            locked.put(sku, products.findForUpdate(sku).orElseThrow(() -> new UnknownProduct(sku)));
        }
        var shortfall = new TreeMap<String, Integer>();
        locked.forEach((sku, product) -> {
            if (product.toSnapshot().stock() < quantities.get(sku)) {
                shortfall.put(sku, product.toSnapshot().stock());
            }
        });
        if (!shortfall.isEmpty()) {
            throw new NotEnoughStock(shortfall);
        }
        locked.forEach((sku, product) -> {
            product.take(quantities.get(sku), main);
            products.save(product);
            events.publishEvent(new StockChanged(TenantContext.require(), sku, product.toSnapshot().stock(), Instant.now()));
        });
    }
}
