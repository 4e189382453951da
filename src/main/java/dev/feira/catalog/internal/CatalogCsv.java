package dev.feira.catalog.internal;

import java.io.IOException;
import java.io.Reader;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import dev.feira.catalog.ProductSnapshot;
import dev.feira.shared.sheet.InvalidSheet;
import dev.feira.shared.sheet.Sheet;

/**
 * Parses a catalog CSV (header row, comma-separated, decimal point). Reports every bad row with its
 * line and column, so the file is fixed in one pass; returns rows only when all are valid.
 */
final class CatalogCsv {

    static final List<String> COLUMNS = List.of("sku", "gtin", "mpn", "name", "description", "brand", "category",
            "unit", "pack_size", "min_order_qty", "order_multiple", "list_price", "stock", "units", "attributes", "ncm", "ipi");
    private static final Set<String> REQUIRED = Set.of("sku", "name", "unit", "list_price");
    private static final Pattern GTIN = ProductSnapshot.GTIN;

    private CatalogCsv() {
    }

    /** @throws InvalidSheet listing every problem when any row is wrong */
    static List<ProductSnapshot> parse(String source, Reader input) throws IOException {
        return rows(Sheet.csv(source, input));
    }

    static List<String> requiredColumns() {
        return REQUIRED.stream().sorted().toList();
    }

    /** @throws InvalidSheet listing every problem when any row is wrong */
    static List<ProductSnapshot> rows(Sheet sheet) {
        Set<String> skus = new HashSet<>();
        return sheet.requireColumns(REQUIRED).map(row -> {
            String sku = row.required("sku");
            if (sku != null && !skus.add(sku)) {
                row.translatedProblem("sku", "import.problem.duplicate-sku", "SKU '" + sku + "' appears more than once", List.of(sku));
            }
            String gtin = row.optional("gtin");
            if (gtin != null && !GTIN.matcher(gtin).matches()) {
                row.translatedProblem("gtin", "product.problem.gtin", "'" + gtin + "' is not a GTIN (8, 12, 13 or 14 digits)", List.of(gtin));
            }
            var product = new ProductSnapshot(sku, gtin, row.optional("mpn"), row.required("name"),
                    row.optional("description"), row.optional("brand"), category(row.optional("category")),
                    row.required("unit"), row.positiveInt("pack_size"), row.positiveInt("min_order_qty"),
                    row.positiveInt("order_multiple"), row.price("list_price"), row.nonNegativeInt("stock"),
                    row.pairs("attributes"), units(row), row.optional("ncm"), row.optionalRate("ipi"));
            if (!row.failed()) {
                // what the columns' own checks cannot see: unit codes, attribute lengths
                product.problems().forEach((column, problem) -> row.translatedProblem(column, problem.key(), problem.english(),
                        problem.arguments()));
            }
            return product;
        });
    }

    /** "FD=10; PLT=400" as unit code and size in base units. */
    private static java.util.Map<String, Integer> units(dev.feira.shared.sheet.SheetRow row) {
        java.util.Map<String, Integer> units = new java.util.LinkedHashMap<>();
        row.pairs("units").forEach((code, size) -> {
            try {
                units.put(code.toUpperCase(java.util.Locale.ROOT), Integer.parseInt(size));
            } catch (NumberFormatException e) {
                row.translatedProblem("units", "import.problem.unit-size", code + " needs a whole number of base units, not '" + size + "'",
                        List.of(code, size));
            }
        });
        return units;
    }

    /** Paths written with any spacing around ">" are stored one way: "A > B". */
    static String category(String path) {
        if (path == null) {
            return null;
        }
        return java.util.Arrays.stream(path.split(">")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(java.util.stream.Collectors.joining(dev.feira.catalog.CategoryNode.SEPARATOR));
    }
}
