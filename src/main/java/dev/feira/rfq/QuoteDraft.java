package dev.feira.rfq;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dev.feira.pricing.TradeTerms;

/**
 * What a supplier's rep submits: per line a price (null: not quoted), quantity, unit, lead time, lot, maybe an
 * alternative product; for the whole quote validity, payment terms, freight and notes. The currency must be the RFQ's.
 */
public record QuoteDraft(String currency, LocalDate validUntil, String paymentTerms, TradeTerms.Freight freight,
                         BigDecimal freightValue, String notes, List<Line> lines) {

    public QuoteDraft {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    public record Line(UUID lineId, BigDecimal unitPrice, Integer quantity, String unit, Integer leadTimeDays, Integer minLot,
                       String alternativeSku, String note) {
    }
}
