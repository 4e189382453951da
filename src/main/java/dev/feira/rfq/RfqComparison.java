package dev.feira.rfq;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.feira.shared.TenantId;

/**
 * The quotes the buyer may see, side by side: per RFQ line every supplier's offer with its landed cost, the best
 * (lowest landed cost) marked; per supplier the totals as quoted and landed. Computed from a {@link BuyerRfq} alone.
 */
public record RfqComparison(BigDecimal costOfCapital, List<Row> rows, List<Total> totals) {

    /** One RFQ line and what each supplier offers for it (suppliers that did not quote it are absent). */
    public record Row(BuyerRfq.Line line, List<Offer> offers) {

        public Optional<Offer> best() {
            return offers.stream().filter(Offer::best).findFirst();
        }
    }

    public record Offer(TenantId supplier, QuoteRevision.Line quoted, LandedCost cost, boolean best) {
    }

    /** One supplier's quote in total: every line it quoted at the quantity offered (or asked), plus its freight. */
    public record Total(TenantId supplier, String supplierName, BigDecimal quoted, BigDecimal landed, QuoteRevision quote) {
    }

    public static RfqComparison of(BuyerRfq rfq, BigDecimal costOfCapital) {
        var quoted = rfq.answers().stream().filter(a -> a.quote().isPresent()).toList();
        Map<TenantId, Map<UUID, LandedCost>> landed = new HashMap<>();
        for (var answer : quoted) {
            landed.put(answer.supplier(), LandedCost.ofQuote(answer.quote().orElseThrow(), rfq.lines(), costOfCapital));
        }
        List<Row> rows = new ArrayList<>(rfq.lines().size());
        for (var line : rfq.lines()) {
            BigDecimal lowest = landed.values().stream().map(costs -> costs.get(line.lineId())).filter(java.util.Objects::nonNull)
                    .map(LandedCost::landed).min(Comparator.naturalOrder()).orElse(null);
            List<Offer> offers = new ArrayList<>();
            for (var answer : quoted) {
                var cost = landed.get(answer.supplier()).get(line.lineId());
                if (cost != null) {
                    var quotedLine = answer.quote().orElseThrow().lines().stream().filter(l -> l.lineId().equals(line.lineId()))
                            .findFirst().orElseThrow();
                    offers.add(new Offer(answer.supplier(), quotedLine, cost, cost.landed().compareTo(lowest) == 0));
                }
            }
            rows.add(new Row(line, offers));
        }
        List<Total> totals = new ArrayList<>();
        for (var answer : quoted) {
            var quote = answer.quote().orElseThrow();
            BigDecimal asQuoted = quote.freightValue() == null ? BigDecimal.ZERO : quote.freightValue();
            BigDecimal asLanded = BigDecimal.ZERO;
            for (var row : rows) {
                for (var offer : row.offers()) {
                    if (offer.supplier().equals(answer.supplier())) {
                        var quantity = BigDecimal.valueOf(offer.quoted().quantity().orElse(row.line().quantity()));
                        asQuoted = asQuoted.add(offer.cost().unitPrice().multiply(quantity));
                        asLanded = asLanded.add(offer.cost().landed().multiply(quantity));
                    }
                }
            }
            totals.add(new Total(answer.supplier(), answer.supplierName(), asQuoted, asLanded, quote));
        }
        return new RfqComparison(costOfCapital, rows, totals);
    }
}
