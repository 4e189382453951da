package dev.feira.rfq;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.feira.pricing.TradeTerms;

/**
 * What a quoted unit really costs the buyer: the price, less what paying later is worth at the company's cost of
 * capital (28/56 days is cheaper than cash in advance), plus its share of the freight the buyer pays (FOB). Compared
 * per line across suppliers, with each figure explained.
 *
 * @param unitPrice     as quoted
 * @param termsDiscount what the payment terms are worth per unit (subtracted)
 * @param freightShare  the line's share of the quote's FOB freight, per unit (added); zero for CIF
 * @param landed        price − terms + freight, per unit
 * @param averageDays   the instalments' average days, the terms' worth is reckoned on
 */
public record LandedCost(BigDecimal unitPrice, BigDecimal termsDiscount, BigDecimal freightShare, BigDecimal landed,
                         int averageDays) {

    private static final MathContext PRECISION = MathContext.DECIMAL64;

    /**
     * The landed cost of every line a quote prices.
     *
     * @param lines                the RFQ's lines (a quote offering no quantity offers what was asked)
     * @param costOfCapitalPerYear e.g. 0.15 for 15 % a year
     * @return by RFQ line id; lines not quoted are absent
     */
    public static Map<UUID, LandedCost> ofQuote(QuoteRevision quote, List<BuyerRfq.Line> lines, BigDecimal costOfCapitalPerYear) {
        Map<UUID, Integer> asked = new HashMap<>();
        lines.forEach(l -> asked.put(l.lineId(), l.quantity()));
        List<Integer> days = TradeTerms.instalmentDays(quote.paymentTerms());
        // Each instalment is worth its present value; paying in equal parts, the price is worth their average.
        double presentValue = days.stream().mapToDouble(d -> Math.pow(1 + costOfCapitalPerYear.doubleValue(), -d / 365.0)).average().orElse(1);
        int averageDays = (int) Math.round(days.stream().mapToInt(Integer::intValue).average().orElse(0));
        BigDecimal quoteValue = BigDecimal.ZERO;
        for (var quoted : quote.lines()) {
            if (quoted.quoted()) {
                quoteValue = quoteValue.add(quoted.unitPrice().orElseThrow()
                        .multiply(BigDecimal.valueOf(quoted.quantity().orElse(asked.getOrDefault(quoted.lineId(), 0)))));
            }
        }
        boolean buyerPaysFreight = quote.freight() == TradeTerms.Freight.FOB && quote.freightValue() != null
                && quote.freightValue().signum() > 0 && quoteValue.signum() > 0;
        Map<UUID, LandedCost> landed = new HashMap<>();
        for (var quoted : quote.lines()) {
            if (!quoted.quoted() || !asked.containsKey(quoted.lineId())) {
                continue;
            }
            BigDecimal price = quoted.unitPrice().orElseThrow();
            BigDecimal termsDiscount = price.multiply(BigDecimal.ONE.subtract(BigDecimal.valueOf(presentValue)), PRECISION);
            // The freight is shared by value: a unit carries the part of it that its price is of the quote's value.
            BigDecimal freightShare = buyerPaysFreight ? quote.freightValue().multiply(price, PRECISION).divide(quoteValue, PRECISION)
                    : BigDecimal.ZERO;
            landed.put(quoted.lineId(), new LandedCost(price, termsDiscount.setScale(4, RoundingMode.HALF_UP),
                    freightShare.setScale(4, RoundingMode.HALF_UP),
                    price.subtract(termsDiscount).add(freightShare).setScale(4, RoundingMode.HALF_UP), averageDays));
        }
        return landed;
    }
}
