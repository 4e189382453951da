package dev.feira.catalog;

import java.util.Map;
import java.util.stream.Collectors;

/** Stock could not be taken for every line; nothing was taken. */
public class NotEnoughStock extends RuntimeException {

    private final Map<String, Integer> available;

    /** @param available what there is of each SKU that fell short */
    public NotEnoughStock(Map<String, Integer> available) {
        super("Not enough stock: " + available.entrySet().stream().map(e -> e.getKey() + " has " + e.getValue())
                .collect(Collectors.joining(", ")));
        this.available = Map.copyOf(available);
    }

    public Map<String, Integer> available() {
        return available;
    }
}
