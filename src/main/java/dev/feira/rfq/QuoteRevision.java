package dev.feira.rfq;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.feira.pricing.TradeTerms;

/** One submitted revision of a supplier's quote: never changed once submitted. */
public record QuoteRevision(int revision, int round, Instant submittedAt, String submittedBy, String currency,
                            LocalDate validUntil, String paymentTerms, TradeTerms.Freight freight, BigDecimal freightValue,
                            String notes, List<Line> lines) {

    /**
     * The answer for one RFQ line; {@code unitPrice} empty when the supplier does not quote that line. An
     * {@code alternativeSku} offers another product of its catalog instead of the one asked.
     */
    public record Line(UUID lineId, Optional<BigDecimal> unitPrice, Optional<Integer> quantity, String unit,
                       Optional<Integer> leadTimeDays, Optional<Integer> minLot, String alternativeSku, String alternativeName,
                       String note) {

        public boolean quoted() {
            return unitPrice.isPresent();
        }
    }
}
