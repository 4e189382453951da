package dev.feira.catalog;

/** A place the supplier holds stock in. Stock sent without a warehouse goes to the main one. */
public record Warehouse(String code, String name, boolean main) {
}
