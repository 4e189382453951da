package dev.feira.catalog;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
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
        int stock) {

    /** GTIN-8, -12, -13 or -14. */
    public static final Pattern GTIN = Pattern.compile("\\d{8}|\\d{12,14}");

    /** What is wrong with this product, by field (empty when it can be saved). */
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
        return problems;
    }
}
