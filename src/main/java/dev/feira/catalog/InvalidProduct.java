package dev.feira.catalog;

import java.util.Map;

/** A product that cannot be saved, with what is wrong per field (sku, name, unit, list_price, …). */
public class InvalidProduct extends RuntimeException {

    private final Map<String, ProductSnapshot.Problem> problems;

    public InvalidProduct(Map<String, ProductSnapshot.Problem> problems) {
        super("Invalid product: " + problems);
        this.problems = Map.copyOf(problems);
    }

    public Map<String, ProductSnapshot.Problem> problems() {
        return problems;
    }
}
