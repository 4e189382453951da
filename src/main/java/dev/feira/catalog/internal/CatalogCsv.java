package dev.feira.catalog.internal;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import dev.feira.catalog.ProductSnapshot;

/**
 * Parses a catalog CSV (header row, comma-separated, decimal point). Reports every bad row with its
 * line and column, so the file is fixed in one pass; returns rows only when all are valid.
 */
final class CatalogCsv {

    static final List<String> COLUMNS = List.of("sku", "gtin", "mpn", "name", "description", "brand", "category",
            "unit", "pack_size", "min_order_qty", "order_multiple", "list_price", "stock");
    private static final Set<String> REQUIRED = Set.of("sku", "name", "unit", "list_price");
    private static final Pattern GTIN = Pattern.compile("\\d{8}|\\d{12,14}");

    record Problem(long line, String column, String message) {
        @Override
        public String toString() {
            return "line " + line + (column == null ? "" : ", column " + column) + ": " + message;
        }
    }

    static final class InvalidCatalogFile extends RuntimeException {
        private final List<Problem> problems;

        InvalidCatalogFile(String source, List<Problem> problems) {
            super(source + ": " + problems.size() + " problem(s): "
                    + String.join("; ", problems.stream().limit(20).map(Problem::toString).toList()));
            this.problems = List.copyOf(problems);
        }

        List<Problem> problems() {
            return problems;
        }
    }

    private CatalogCsv() {
    }

    static List<ProductSnapshot> parse(String source, Reader input) throws IOException {
        var format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).get();
        List<Problem> problems = new ArrayList<>();
        List<ProductSnapshot> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(input, format)) {
            List<String> missing = REQUIRED.stream().filter(c -> !parser.getHeaderMap().containsKey(c)).sorted().toList();
            if (!missing.isEmpty()) {
                throw new InvalidCatalogFile(source, List.of(new Problem(1, null, "missing column(s) " + missing)));
            }
            Set<String> skus = new HashSet<>();
            for (CSVRecord record : parser) {
                var row = new Row(record, problems);
                String sku = row.required("sku");
                if (sku != null && !skus.add(sku)) {
                    row.problem("sku", "SKU '" + sku + "' appears more than once");
                }
                String gtin = row.optional("gtin");
                if (gtin != null && !GTIN.matcher(gtin).matches()) {
                    row.problem("gtin", "'" + gtin + "' is not a GTIN (8, 12, 13 or 14 digits)");
                }
                var product = new ProductSnapshot(sku, gtin, row.optional("mpn"), row.required("name"),
                        row.optional("description"), row.optional("brand"), row.optional("category"),
                        row.required("unit"), row.positiveInt("pack_size"), row.positiveInt("min_order_qty"),
                        row.positiveInt("order_multiple"), row.price("list_price"), row.nonNegativeInt("stock"));
                if (!row.failed) {
                    rows.add(product);
                }
            }
        } catch (IllegalStateException | java.io.UncheckedIOException e) {
            problems.add(new Problem(0, null, "not a readable CSV file: " + e.getMessage()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidCatalogFile(source, problems);
        }
        return rows;
    }

    private static final class Row {
        private final CSVRecord record;
        private final List<Problem> problems;
        private boolean failed;

        Row(CSVRecord record, List<Problem> problems) {
            this.record = record;
            this.problems = problems;
            if (!record.isConsistent()) {
                problem(null, "has " + record.size() + " fields, the header has " + record.getParser().getHeaderNames().size());
            }
        }

        void problem(String column, String message) {
            failed = true;
            problems.add(new Problem(record.getParser().getCurrentLineNumber(), column, message));
        }

        String optional(String column) {
            if (!record.isMapped(column) || !record.isSet(column)) {
                return null;
            }
            String value = record.get(column);
            return value.isBlank() ? null : value;
        }

        String required(String column) {
            String value = optional(column);
            if (value == null) {
                problem(column, "is required");
            }
            return value;
        }

        int positiveInt(String column) {
            return wholeNumber(column, 1, 1, "a whole number above zero");
        }

        int nonNegativeInt(String column) {
            return wholeNumber(column, 0, 0, "a whole number of zero or more");
        }

        private int wholeNumber(String column, int minimum, int absent, String expected) {
            String value = optional(column);
            if (value == null) {
                return absent;
            }
            try {
                int parsed = Integer.parseInt(value);
                if (parsed >= minimum) {
                    return parsed;
                }
            } catch (NumberFormatException ignored) {
                // reported below
            }
            problem(column, "'" + value + "' is not " + expected);
            return absent;
        }

        BigDecimal price(String column) {
            String value = required(column);
            if (value == null) {
                return null;
            }
            try {
                var price = new BigDecimal(value);
                if (price.signum() >= 0 && price.scale() <= 4) {
                    return price.stripTrailingZeros();
                }
            } catch (NumberFormatException ignored) {
                // reported below
            }
            problem(column, "'" + value + "' is not a price such as 12.50");
            return null;
        }
    }
}
