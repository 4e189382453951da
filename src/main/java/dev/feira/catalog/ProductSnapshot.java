package dev.feira.catalog;

import java.math.BigDecimal;

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
}
