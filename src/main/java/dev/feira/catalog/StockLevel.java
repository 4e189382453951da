package dev.feira.catalog;

/** What one warehouse holds of a product. */
public record StockLevel(String warehouse, String warehouseName, int quantity) {
}
