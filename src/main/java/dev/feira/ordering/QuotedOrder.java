package dev.feira.ordering;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;

import dev.feira.pricing.TradeTerms;

/**
 * An order at prices and terms a supplier quoted (an RFQ's award), not re-priced from the cart: the quote is the
 * agreement. {@code reference} names where it came from (e.g. the RFQ's number) and is shown on the order.
 * A line's {@code sku} is empty for an item in no catalog.
 */
public record QuotedOrder(String reference, Currency currency, String paymentTerms, TradeTerms.Freight freight, int leadTimeDays,
                          List<Line> lines) {

    public QuotedOrder {
        lines = List.copyOf(lines);
    }

    public record Line(String sku, String name, String unit, int quantity, BigDecimal unitPrice) {
    }
}
