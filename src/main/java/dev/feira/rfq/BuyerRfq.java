package dev.feira.rfq;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.feira.shared.TenantId;

/** An RFQ as its buyer company sees it: its lines and, per invited supplier, where its answer stands. */
public record BuyerRfq(RfqId id, String number, String title, RfqStatus status, int round, LocalDate needBy, String deliveryPlace,
                       Instant deadline, String currency, boolean sealed, RfqDraft.AwardMode awardMode, String notes,
                       String createdBy, Instant createdAt, Optional<Instant> publishedAt, List<Line> lines,
                       List<Answer> answers, List<Awarded> awarded) {

    public record Line(UUID lineId, int position, String description, int quantity, String unit, BigDecimal targetPrice,
                       String sku, TenantId supplier, String gtin, String mpn) {
    }

    /**
     * One invited supplier's answer so far. {@code quote} is empty until it submits — and, for a sealed RFQ, until the
     * deadline has passed, whatever was submitted.
     */
    public record Answer(TenantId supplier, String supplierName, QuoteStatus status, int revisions,
                         Optional<Instant> answeredAt, Optional<String> declineReason, Optional<QuoteRevision> quote) {
    }

    /** What was awarded: a quantity of a line to a supplier at its quoted price, and the order it became there. */
    public record Awarded(UUID lineId, TenantId supplier, int quantity, BigDecimal unitPrice, UUID order, String orderNumber) {
    }
}
