package dev.feira.catalog.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dev.feira.catalog.ProductSnapshot;
import dev.feira.identity.CatalogAccess;
import dev.feira.shared.sheet.InvalidSheet;
import dev.feira.shared.sheet.Sheet;
import dev.feira.shared.sheet.SheetExport;
import dev.feira.shared.sheet.SheetImport;

/**
 * The product sheet: creates and updates products by SKU (products not in the sheet stay as they
 * are). Its {@code stock} column is what the main warehouse holds (the stock sheet has every
 * warehouse); a sheet without the {@code stock}, {@code units} or {@code attributes} column leaves
 * those as they are.
 */
@Component
class ProductSheetImport implements SheetImport, SheetExport {

    private final CatalogImport importer;
    private final Products products;
    private final Warehouses warehouses;
    private final CatalogAccess access;

    ProductSheetImport(CatalogImport importer, Products products, Warehouses warehouses, CatalogAccess access) {
        this.access = access;
        this.importer = importer;
        this.products = products;
        this.warehouses = warehouses;
    }

    @Override
    @Transactional(readOnly = true)
    public void rows(Consumer<List<String>> row) {
        access.requireAdministrator();
        String main = warehouses.findByMainTrue().map(WarehouseEntry::code).orElse("");
        String after = "";
        while (true) {
            var page = products.findBySkuGreaterThanOrderBySku(after, Limit.of(1000));
            for (Product product : page) {
                ProductSnapshot p = product.toSnapshot();
                row.accept(Arrays.asList(p.sku(), p.gtin(), p.mpn(), p.name(), p.description(), p.brand(), p.category(),
                        p.unit(), String.valueOf(p.packSize()), String.valueOf(p.minOrderQuantity()),
                        String.valueOf(p.orderMultiple()), p.listPrice().toPlainString(),
                        String.valueOf(product.stockIn(main)), pairs(p.units()), pairs(p.attributes()), p.ncm(),
                        p.ipiRate() == null ? null : p.ipiRate().toPlainString()));
            }
            if (page.size() < 1000) {
                return;
            }
            after = page.getLast().sku();
        }
    }

    private static String pairs(Map<String, ?> values) {
        return values.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; "));
    }

    @Override
    public String kind() {
        return "products";
    }

    @Override
    public java.util.Set<String> numberColumns() {
        return java.util.Set.of("pack_size", "min_order_qty", "order_multiple", "list_price", "stock", "ipi");
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
        access.requireAdministrator();
        try {
            List<ProductSnapshot> rows = CatalogCsv.rows(sheet);
            return new Preview(rows.size(), List.of(), importer.changes(rows, CatalogImport.Given.of(sheet.columns())));
        } catch (InvalidSheet e) {
            return new Preview(sheet.size(), e.problems(), 0);
        }
    }

    @Override
    public Applied apply(Sheet sheet, IntConsumer progress) {
        access.requireAdministrator();
        List<ProductSnapshot> rows = CatalogCsv.rows(sheet);
        return new Applied(rows.size(), importer.apply(rows, CatalogImport.Given.of(sheet.columns()), progress));
    }
}
