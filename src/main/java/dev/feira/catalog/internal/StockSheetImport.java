package dev.feira.catalog.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dev.feira.catalog.Catalog;
import dev.feira.catalog.Warehouse;

import dev.feira.identity.CatalogAccess;
import dev.feira.shared.sheet.InvalidSheet;
import dev.feira.shared.sheet.Sheet;
import dev.feira.shared.sheet.SheetExport;
import dev.feira.shared.sheet.SheetImport;
import dev.feira.shared.sheet.SheetProblem;

/**
 * The stock sheet: {@code sku, stock, warehouse} — levels as the ERP holds them (not deltas), for
 * known SKUs and warehouses only; a row without a warehouse is the main warehouse's.
 */
@Component
class StockSheetImport implements SheetImport, SheetExport {

    private final CatalogImport importer;
    private final Catalog catalog;
    private final Products products;
    private final Warehouses warehouses;
    private final CatalogAccess access;

    StockSheetImport(CatalogImport importer, Catalog catalog, Products products, Warehouses warehouses, CatalogAccess access) {
        this.access = access;
        this.warehouses = warehouses;
        this.importer = importer;
        this.catalog = catalog;
        this.products = products;
    }

    @Override
    public String kind() {
        return "stock";
    }

    @Override
    public java.util.Set<String> numberColumns() {
        return java.util.Set.of("stock");
    }

    @Override
    public List<String> columns() {
        return List.of("sku", "stock", "warehouse");
    }

    @Override
    public List<String> requiredColumns() {
        return List.of("sku", "stock");
    }

    /** Every product in every warehouse, zeros included, so the sheet is a complete picture to edit. */
    @Override
    @Transactional(readOnly = true)
    public void rows(java.util.function.Consumer<List<String>> row) {
        access.requireAdministrator();
        List<String> warehouses = catalog.warehouses().stream().map(Warehouse::code).toList();
        String after = "";
        while (true) {
            var page = products.findBySkuGreaterThanOrderBySku(after, Limit.of(1000));
            for (Product product : page) {
                warehouses.forEach(w -> row.accept(List.of(product.sku(), String.valueOf(product.stockIn(w)), w)));
            }
            if (page.size() < 1000) {
                return;
            }
            after = page.getLast().sku();
        }
    }

    @Override
    public Preview check(Sheet sheet) {
        access.requireAdministrator();
        try {
            var levels = levels(sheet);
            return new Preview(levels.size(), List.of(), importer.stockChanges(levels));
        } catch (InvalidSheet e) {
            return new Preview(sheet.size(), e.problems(), 0);
        }
    }

    @Override
    public Applied apply(Sheet sheet, IntConsumer progress) {
        access.requireAdministrator();
        return applyDeclared(sheet, progress);
    }

    /** For a declarative tenant's own files, read at start-up with nobody signed in. */
    Applied applyDeclared(Sheet sheet, IntConsumer progress) {
        var levels = levels(sheet);
        return new Applied(levels.size(), importer.applyStock(levels, progress));
    }

    /** Every row checked; unknown SKUs and warehouses are problems of their rows. */
    private List<CatalogImport.Level> levels(Sheet sheet) {
        record Row(long line, CatalogImport.Level level) {
        }
        String main = warehouses.main().code();
        Map<String, String> known = new java.util.HashMap<>();
        catalog.warehouses().forEach(w -> known.put(w.code(), w.code()));
        known.put(main, main);
        Set<String> seen = new HashSet<>();
        List<Row> rows = sheet.requireColumns(requiredColumns()).map(row -> {
            String sku = row.required("sku");
            if (row.optional("stock") == null) {
                row.translatedProblem("stock", "product.problem.required", "is required", java.util.List.of());
            }
            int stock = row.nonNegativeInt("stock");
            String named = row.optional("warehouse");
            String warehouse = named == null ? main : known.get(named.strip().toUpperCase(Locale.ROOT));
            if (warehouse == null) {
                String names = String.join(", ", new TreeSet<>(known.keySet()));
                row.translatedProblem("warehouse", "import.problem.unknown-warehouse", "no warehouse '" + named + "'; known: " + names,
                        java.util.List.of(named, names));
            }
            if (sku != null && !seen.add(sku + "@" + warehouse)) {
                if (warehouse == null) {
                    row.translatedProblem("sku", "import.problem.duplicate-sku", "SKU '" + sku + "' appears more than once", java.util.List.of(sku));
                } else {
                    row.translatedProblem("sku", "import.problem.duplicate-sku-in", "SKU '" + sku + "' appears more than once for " + warehouse,
                            java.util.List.of(sku, warehouse));
                }
            }
            return new Row(row.line(), new CatalogImport.Level(sku, warehouse, stock));
        });
        Set<String> unknown = catalog.unknownSkus(rows.stream().map(r -> r.level().sku()).toList());
        var problems = rows.stream().filter(r -> unknown.contains(r.level().sku()))
                .map(r -> new SheetProblem(r.line(), "sku", "no product with SKU '" + r.level().sku() + "' in the catalog")).toList();
        if (!problems.isEmpty()) {
            throw new InvalidSheet(sheet.source(), problems);
        }
        return rows.stream().map(Row::level).toList();
    }
}
