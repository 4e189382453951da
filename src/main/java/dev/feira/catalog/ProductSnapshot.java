package dev.feira.catalog;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/** A product as other modules see it: a value, never the entity. */
public record ProductSnapshot(
        String sku,
        String gtin,
        String mpn,
        String name,
        String description,
        String brand,
        String category,
        String unit,
        int packSize,
        int minOrderQuantity,
        int orderMultiple,
        BigDecimal listPrice,
        int stock,
        Map<String, String> attributes,
        Map<String, Integer> units,
        String ncm,
        BigDecimal ipiRate) {

    /** NCM codes: the eight digits of the Mercosur nomenclature (7318.16.00 is written 73181600). */
    public static final Pattern NCM = Pattern.compile("\\d{8}");

    /** Attributes and units in name order, never null, never changed afterwards; an NCM without its dots. */
    public ProductSnapshot {
        ncm = ncm == null || ncm.isBlank() ? null : ncm.strip().replace(".", "");
        ipiRate = ipiRate == null ? null : ipiRate.stripTrailingZeros();
        attributes = attributes == null ? Map.of() : java.util.Collections.unmodifiableSortedMap(new TreeMap<>(attributes));
        units = units == null ? Map.of() : java.util.Collections.unmodifiableSortedMap(new TreeMap<>(units));
    }

    /** A product without attributes or further units. */
    public ProductSnapshot(String sku, String gtin, String mpn, String name, String description, String brand,
                           String category, String unit, int packSize, int minOrderQuantity, int orderMultiple,
                           BigDecimal listPrice, int stock) {
        this(sku, gtin, mpn, name, description, brand, category, unit, packSize, minOrderQuantity, orderMultiple,
                listPrice, stock, Map.of(), Map.of());
    }

    /** A product without tax classification (no NCM, no IPI). */
    public ProductSnapshot(String sku, String gtin, String mpn, String name, String description, String brand,
                           String category, String unit, int packSize, int minOrderQuantity, int orderMultiple,
                           BigDecimal listPrice, int stock, Map<String, String> attributes, Map<String, Integer> units) {
        this(sku, gtin, mpn, name, description, brand, category, unit, packSize, minOrderQuantity, orderMultiple,
                listPrice, stock, attributes, units, null, null);
    }

    /** The same product with another tax classification. */
    public ProductSnapshot withTaxes(String ncm, BigDecimal ipiRate) {
        return new ProductSnapshot(sku, gtin, mpn, name, description, brand, category, unit, packSize,
                minOrderQuantity, orderMultiple, listPrice, stock, attributes, units, ncm, ipiRate);
    }

    /** Unit codes: short upper-case letters and digits, as on an invoice (CX, FD, PLT, UN). */
    public static final Pattern UNIT_CODE = Pattern.compile("[A-Z0-9]{1,16}");

    /**
     * How many base units {@code quantity} of {@code unitCode} are; the base unit itself counts one.
     *
     * @return empty when the product is not sold in that unit
     */
    public java.util.Optional<Integer> inBaseUnits(int quantity, String unitCode) {
        if (unitCode == null || unitCode.equalsIgnoreCase(unit)) {
            return java.util.Optional.of(quantity);
        }
        Integer size = units.get(unitCode.toUpperCase(java.util.Locale.ROOT));
        return size == null ? java.util.Optional.empty() : java.util.Optional.of(Math.multiplyExact(quantity, size));
    }

    /** The same product with another stock level. */
    public ProductSnapshot withStock(int level) {
        return new ProductSnapshot(sku, gtin, mpn, name, description, brand, category, unit, packSize,
                minOrderQuantity, orderMultiple, listPrice, level, attributes, units, ncm, ipiRate);
    }

    /** GTIN-8, -12, -13 or -14. */
    public static final Pattern GTIN = Pattern.compile("\\d{8}|\\d{12,14}");

    /** One thing wrong with a product field, in the reader's language ({@code product.problem.<key>}), English for logs. */
    public record Problem(String key, String english, List<Object> arguments) {
        public String text(java.util.Locale locale) {
            return dev.feira.shared.i18n.Translations.textOr(locale, english, key, arguments.toArray());
        }
    }

    private static void problem(Map<String, Problem> problems, String column, String key, String english, Object... arguments) {
        problems.put(column, new Problem("product.problem." + key, english, List.of(arguments)));
    }

    private static void tooLong(Map<String, Problem> problems, String column, String value, int max) {
        if (value != null && value.length() > max && !problems.containsKey(column)) {
            problem(problems, column, "too-long", "is longer than " + max + " characters (" + value.length() + ")", max, value.length());
        }
    }

    /** What is wrong with this product, by field (empty when it can be saved). */
    public Map<String, Problem> problems() {
        Map<String, Problem> problems = new LinkedHashMap<>();
        for (var required : new String[][]{{"sku", sku}, {"name", name}, {"unit", unit}}) {
            if (required[1] == null || required[1].isBlank()) {
                problem(problems, required[0], "required", "is required");
            }
        }
        // The columns' sizes: a longer value is the file's mistake, said with its column, never a database error.
        tooLong(problems, "sku", sku, 64);
        tooLong(problems, "mpn", mpn, 64);
        tooLong(problems, "name", name, 300);
        tooLong(problems, "brand", brand, 120);
        tooLong(problems, "category", category, 200);
        tooLong(problems, "description", description, 20_000);
        if (gtin != null && !gtin.isBlank() && !GTIN.matcher(gtin).matches()) {
            problem(problems, "gtin", "gtin", "'" + gtin + "' is not a GTIN (8, 12, 13 or 14 digits)", gtin);
        }
        for (var positive : new Object[][]{{"pack_size", packSize}, {"min_order_qty", minOrderQuantity}, {"order_multiple", orderMultiple}}) {
            if ((int) positive[1] < 1) {
                problem(problems, (String) positive[0], "one-or-more", "must be 1 or more");
            }
        }
        if (listPrice == null || listPrice.signum() < 0 || listPrice.scale() > 4) {
            problem(problems, "list_price", "price", "must be a price of zero or more, at most 4 decimals");
        }
        if (stock < 0) {
            problem(problems, "stock", "negative-stock", "cannot be negative");
        }
        if (ncm != null && !NCM.matcher(ncm).matches()) {
            problem(problems, "ncm", "ncm", "'" + ncm + "' is not an NCM (eight digits, e.g. 7318.16.00)", ncm);
        }
        if (ipiRate != null && (ipiRate.signum() < 0 || ipiRate.compareTo(BigDecimal.valueOf(100)) > 0 || ipiRate.scale() > 2)) {
            problem(problems, "ipi", "rate", "must be a rate from 0 to 100, at most 2 decimals");
        }
        if (unit != null && !unit.isBlank() && !UNIT_CODE.matcher(unit).matches()) {
            problem(problems, "unit", "unit-code", "'" + unit + "' is not a unit code (up to 16 capital letters or digits, e.g. CX)", unit);
        }
        units.forEach((code, size) -> {
            if (!UNIT_CODE.matcher(code).matches()) {
                problem(problems, "units", "unit-code", "'" + code + "' is not a unit code (up to 16 capital letters or digits, e.g. PLT)", code);
            } else if (code.equals(unit)) {
                problem(problems, "units", "base-unit", code + " is the base unit already", code);
            } else if (size == null || size < 2) {
                problem(problems, "units", "unit-size", code + " must hold 2 or more " + unit, code, unit);
            }
        });
        attributes.forEach((attribute, value) -> {
            if (attribute.isBlank() || attribute.length() > 60 || attribute.contains("=") || attribute.contains(";")) {
                problem(problems, "attributes", "attribute-name", "'" + attribute + "' is not an attribute name (up to 60 characters, no = or ;)",
                        attribute);
            } else if (value == null || value.isBlank() || value.length() > 200 || value.contains(";")) {
                problem(problems, "attributes", "attribute-value", attribute + " needs a value of up to 200 characters, without ;", attribute);
            }
        });
        return problems;
    }
}
