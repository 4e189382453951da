package dev.feira.pricing.internal;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * One product's volume tiers in one price list: from each lower bound on, a unit price. A bigger
 * quantity never costs more per unit: a table whose price rises with quantity is refused when
 * built, so resolution can trust it.
 */
final class TierTable {

    private final int[] fromQuantities;
    private final BigDecimal[] unitPrices;

    private TierTable(int[] fromQuantities, BigDecimal[] unitPrices) {
        this.fromQuantities = fromQuantities;
        this.unitPrices = unitPrices;
    }

    static TierTable single(BigDecimal unitPrice) {
        return of(Map.of(1, unitPrice));
    }

    /**
     * @throws IllegalArgumentException when a bound is below 1, a price is negative, or a higher
     *                                  tier costs more than a lower one
     */
    static TierTable of(Map<Integer, BigDecimal> pricesFrom) {
        if (pricesFrom.isEmpty()) {
            throw new IllegalArgumentException("a tier table needs at least one price");
        }
        var sorted = new TreeMap<>(pricesFrom);
        int[] from = new int[sorted.size()];
        BigDecimal[] prices = new BigDecimal[sorted.size()];
        int i = 0;
        for (var tier : sorted.entrySet()) {
            if (tier.getKey() < 1) {
                throw new IllegalArgumentException("a tier starts at quantity 1 or more, not " + tier.getKey());
            }
            if (tier.getValue().signum() < 0) {
                throw new IllegalArgumentException("a price cannot be negative: " + tier.getValue());
            }
            if (i > 0 && tier.getValue().compareTo(prices[i - 1]) > 0) {
                throw new IllegalArgumentException("the tier from " + tier.getKey() + " costs more (" + tier.getValue()
                        + ") than the tier from " + from[i - 1] + " (" + prices[i - 1] + ")");
            }
            from[i] = tier.getKey();
            prices[i] = tier.getValue();
            i++;
        }
        return new TierTable(from, prices);
    }

    /** The index of the tier that prices {@code quantity}, or -1 when the table starts above it. */
    int tierFor(int quantity) {
        int at = Arrays.binarySearch(fromQuantities, quantity);
        return at >= 0 ? at : -at - 2;
    }

    int fromQuantity(int tier) {
        return fromQuantities[tier];
    }

    BigDecimal unitPrice(int tier) {
        return unitPrices[tier];
    }

    int size() {
        return fromQuantities.length;
    }
}
