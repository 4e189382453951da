package dev.feira.catalog.internal;

import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

import org.springframework.stereotype.Component;

import dev.feira.catalog.Catalog;
import dev.feira.catalog.ProductSnapshot;
import dev.feira.shared.sheet.InvalidSheet;
import dev.feira.shared.sheet.Sheet;
import dev.feira.shared.sheet.SheetExport;
import dev.feira.shared.sheet.SheetImport;

/**
 * The product sheet: creates and updates products by SKU (products not in the sheet stay as they
 * are). Without a {@code stock} column, stock levels are left alone.
 */
@Component
class ProductSheetImport implements SheetImport, SheetExport {

    private final CatalogImport importer;
    private final Catalog catalog;

    ProductSheetImport(CatalogImport importer, Catalog catalog) {
        this.importer = importer;
        this.catalog = catalog;
    }

    @Override
    public void rows(Consumer<List<String>> row) {
        String after = "";
        while (true) {
            var page = catalog.pageAfter(after, 1000);
            for (ProductSnapshot p : page) {
                row.accept(Arrays.asList(p.sku(), p.gtin(), p.mpn(), p.name(), p.description(), p.brand(), p.category(),
                        p.unit(), String.valueOf(p.packSize()), String.valueOf(p.minOrderQuantity()),
                        String.valueOf(p.orderMultiple()), p.listPrice().toPlainString(), String.valueOf(p.stock())));
            }
            if (page.size() < 1000) {
                return;
            }
            after = page.getLast().sku();
        }
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
