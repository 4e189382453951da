package dev.feira.pricing;

import dev.feira.shared.Money;

/**
 * How a buyer pays and receives: payment terms as the supplier states them (e.g. "28/56 dias,
 * boleto"), who pays the freight, the lead time, and the order value from which freight is free
 * (null when never).
 */
public record TradeTerms(String paymentTerms, Freight freight, int leadTimeDays, Money freeFreightFrom) {

    public enum Freight {
        /** The supplier pays the freight to the buyer's door. */
        CIF,
        /** The buyer collects or pays the carrier. */
        FOB
    }
}
