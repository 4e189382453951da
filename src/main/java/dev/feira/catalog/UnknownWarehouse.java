package dev.feira.catalog;

import java.util.Collection;

/** Stock was sent for a warehouse the supplier has not defined. */
public class UnknownWarehouse extends RuntimeException {

    public UnknownWarehouse(String code, Collection<String> known) {
        super("No warehouse '" + code + "'; this supplier has " + String.join(", ", known));
    }
}
