package dev.feira.pricing;

import java.util.List;
import java.util.Optional;

import dev.feira.shared.Money;

/**
 * A resolved price: the unit price a buyer pays for a quantity, the catalog list price it started
 * from, and the steps that led from one to the other (the "why this price").
 */
public record PriceQuote(
        String sku,
        int quantity,
        Money listPrice,
        Money unitPrice,
        Money total,
        List<PriceStep> trace,
        Optional<BonusOffer> bonus) {

    public PriceQuote {
        trace = List.copyOf(trace);
    }

    /** The step that set the final price: the last one in the trace. */
    public PriceStep decisiveStep() {
        return trace.getLast();
    }

    /** Free units on top of an order, from a "buy N, get M free" promotion. */
    public record BonusOffer(String promotionCode, String promotionName, int buy, int free) {

        public int freeUnitsFor(int quantity) {
            return quantity / buy * free;
        }
    }
}
