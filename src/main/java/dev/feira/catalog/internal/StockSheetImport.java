package dev.feira.catalog.internal;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;

import org.springframework.stereotype.Component;

import dev.feira.shared.sheet.InvalidSheet;
import dev.feira.shared.sheet.Sheet;
import dev.feira.shared.sheet.SheetExport;
import dev.feira.shared.sheet.SheetImport;
import dev.feira.shared.sheet.SheetProblem;

/** The stock sheet: {@code sku, stock} — levels as the ERP holds them (not deltas), for known SKUs only. */
@Component
class StockSheetImport implements SheetImport, SheetExport {

    private final CatalogImport importer;
    private final dev.feira.catalog.Catalog catalog;

    StockSheetImport(CatalogImport importer, dev.feira.catalog.Catalog catalog) {
        this.importer = importer;
        this.catalog = catalog;
    }

    @Override
    public String kind() {
        return "stock";
    }

    @Override
    public List<String> columns() {
        return List.of("sku", "stock");
    }

    @Override
    public List<String> requiredColumns() {
        return columns();
    }

    @Override
    public void rows(java.util.function.Consumer<List<String>> row) {
        String after = "";
        while (true) {
            var page = catalog.pageAfter(after, 1000);
            page.forEach(p -> row.accept(List.of(p.sku(), String.valueOf(p.stock()))));
            if (page.size() < 1000) {
                return;
            }
            after = page.getLast().sku();
        }
    }

    @Override
    public Preview check(Sheet sheet) {
        try {
            var levels = levels(sheet);
            return new Preview(levels.size(), List.of(), importer.stockChanges(levels));
        } catch (InvalidSheet e) {
            return new Preview(sheet.size(), e.problems(), 0);
        }
    }

    @Override
    public Applied apply(Sheet sheet, IntConsumer progress) {
        var levels = levels(sheet);
        return new Applied(levels.size(), importer.applyStock(levels, progress));
    }

    /** Stock by SKU, every row checked; unknown SKUs are problems of their rows. */
    private Map<String, Integer> levels(Sheet sheet) {
        record Level(long line, String sku, int stock) {
        }
        Set<String> seen = new HashSet<>();
        List<Level> rows = sheet.requireColumns(columns()).map(row -> {
            String sku = row.required("sku");
            if (row.optional("stock") == null) {
                row.problem("stock", "is required");
            }
            var level = new Level(row.line(), sku, row.nonNegativeInt("stock"));
            if (sku != null && !seen.add(sku)) {
                row.problem("sku", "SKU '" + sku + "' appears more than once");
            }
            return level;
        });
        Set<String> unknown = catalog.unknownSkus(rows.stream().map(Level::sku).toList());
        var problems = rows.stream().filter(l -> unknown.contains(l.sku()))
                .map(l -> new SheetProblem(l.line(), "sku", "no product with SKU '" + l.sku() + "' in the catalog")).toList();
        if (!problems.isEmpty()) {
            throw new InvalidSheet(sheet.source(), problems);
        }
        Map<String, Integer> levels = new LinkedHashMap<>();
        rows.forEach(l -> levels.put(l.sku(), l.stock()));
        return levels;
    }
}
