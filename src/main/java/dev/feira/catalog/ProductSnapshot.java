package dev.feira.catalog;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
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

    /** What is wrong with this product, by field (empty when it can be saved). */
    private static void tooLong(Map<String, String> problems, String column, String value, int max) {
        if (value != null && value.length() > max) {
            problems.putIfAbsent(column, "is longer than " + max + " characters (" + value.length() + ")");
        }
    }

    public Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        if (sku == null || sku.isBlank()) {
            problems.put("sku", "is required");
        }
        if (name == null || name.isBlank()) {
            problems.put("name", "is required");
        }
        if (unit == null || unit.isBlank()) {
            problems.put("unit", "is required");
        }
        // The columns' sizes: a longer value is the file's mistake, said with its column, never a database error.
        tooLong(problems, "sku", sku, 64);
        tooLong(problems, "mpn", mpn, 64);
        tooLong(problems, "name", name, 300);
        tooLong(problems, "brand", brand, 120);
        tooLong(problems, "category", category, 200);
        tooLong(problems, "description", description, 20_000);
        if (gtin != null && !gtin.isBlank() && !GTIN.matcher(gtin).matches()) {
            problems.put("gtin", "'" + gtin + "' is not a GTIN (8, 12, 13 or 14 digits)");
        }
        if (packSize < 1) {
            problems.put("pack_size", "must be 1 or more");
        }
        if (minOrderQuantity < 1) {
            problems.put("min_order_qty", "must be 1 or more");
        }
        if (orderMultiple < 1) {
            problems.put("order_multiple", "must be 1 or more");
        }
        if (listPrice == null || listPrice.signum() < 0 || listPrice.scale() > 4) {
            problems.put("list_price", "must be a price of zero or more, at most 4 decimals");
        }
        if (stock < 0) {
            problems.put("stock", "cannot be negative");
        }
        if (ncm != null && !NCM.matcher(ncm).matches()) {
            problems.put("ncm", "'" + ncm + "' is not an NCM (eight digits, e.g. 7318.16.00)");
        }
        if (ipiRate != null && (ipiRate.signum() < 0 || ipiRate.compareTo(BigDecimal.valueOf(100)) > 0 || ipiRate.scale() > 2)) {
            problems.put("ipi", "must be a rate from 0 to 100, at most 2 decimals");
        }
        if (unit != null && !unit.isBlank() && !UNIT_CODE.matcher(unit).matches()) {
            problems.put("unit", "'" + unit + "' is not a unit code (up to 16 capital letters or digits, e.g. CX)");
        }
        units.forEach((code, size) -> {
            if (!UNIT_CODE.matcher(code).matches()) {
                problems.put("units", "'" + code + "' is not a unit code (up to 16 capital letters or digits, e.g. PLT)");
            } else if (code.equals(unit)) {
                problems.put("units", code + " is the base unit already");
            } else if (size == null || size < 2) {
                problems.put("units", code + " must hold 2 or more " + unit);
            }
        });
        attributes.forEach((attribute, value) -> {
            if (attribute.isBlank() || attribute.length() > 60 || attribute.contains("=") || attribute.contains(";")) {
                problems.put("attributes", "'" + attribute + "' is not an attribute name (up to 60 characters, no = or ;)");
            } else if (value == null || value.isBlank() || value.length() > 200 || value.contains(";")) {
                problems.put("attributes", attribute + " needs a value of up to 200 characters, without ;");
            }
        });
        return problems;
    }
}
