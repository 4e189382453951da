package dev.feira.catalog.internal;

import java.util.List;
import java.util.function.IntConsumer;

import org.springframework.stereotype.Component;

import dev.feira.catalog.ProductSnapshot;
import dev.feira.shared.sheet.InvalidSheet;
import dev.feira.shared.sheet.Sheet;
import dev.feira.shared.sheet.SheetImport;

/**
 * The product sheet: creates and updates products by SKU (products not in the sheet stay as they
 * are). Without a {@code stock} column, stock levels are left alone.
 */
@Component
class ProductSheetImport implements SheetImport {

    private final CatalogImport importer;

    ProductSheetImport(CatalogImport importer) {
        this.importer = importer;
    }

    @Override
    public String kind() {
        return "products";
    }

    @Override
    public List<String> columns() {
        return CatalogCsv.COLUMNS;
    }

    @Override
    public List<String> requiredColumns() {
        return CatalogCsv.requiredColumns();
    }

    @Override
    public Preview check(Sheet sheet) {
        try {
            List<ProductSnapshot> rows = CatalogCsv.rows(sheet);
            return new Preview(rows.size(), List.of(), importer.changes(rows, sheet.columns().contains("stock")));
        } catch (InvalidSheet e) {
            return new Preview(sheet.size(), e.problems(), 0);
        }
    }

    @Override
    public Applied apply(Sheet sheet, IntConsumer progress) {
        List<ProductSnapshot> rows = CatalogCsv.rows(sheet);
        return new Applied(rows.size(), importer.apply(rows, sheet.columns().contains("stock"), progress));
    }
}
