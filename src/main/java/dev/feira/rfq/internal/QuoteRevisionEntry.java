package dev.feira.rfq.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.TenantId;

import dev.feira.pricing.TradeTerms;
import dev.feira.rfq.QuoteDraft;
import dev.feira.rfq.QuoteRevision;
import dev.feira.shared.persistence.AssignedIdentity;

/** One submitted revision of a quote, as it was submitted: nothing ever changes it. */
@Entity
@Immutable
@Table(name = "quote_revision")
class QuoteRevisionEntry extends AssignedIdentity<UUID> {

    @Id
    private UUID id;
    @TenantId
    private UUID tenantId;
    private UUID invitationId;
    private int revision;
    private int round;
    private Instant submittedAt;
    private UUID submittedBy;
    private String submittedByName;
    private String currency;
    private LocalDate validUntil;
    private String paymentTerms;
    @Enumerated(EnumType.STRING)
    private TradeTerms.Freight freight;
    private BigDecimal freightValue;
    private String notes;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "quote_revision_line", joinColumns = @JoinColumn(name = "revision_id"))
    private List<Line> lines = new ArrayList<>();

    @Override
    public UUID getId() {
        return id;
    }

    protected QuoteRevisionEntry() {
    }

    /** {@code alternativeNames} by SKU: the names of alternative products, read from the supplier's catalog. */
    QuoteRevisionEntry(UUID invitationId, int revision, int round, Instant at, UUID submittedBy, String submittedByName,
                       QuoteDraft quote, java.util.Map<String, String> alternativeNames) {
        this.id = UUID.randomUUID();
        this.invitationId = invitationId;
        this.revision = revision;
        this.round = round;
        this.submittedAt = at;
        this.submittedBy = submittedBy;
        this.submittedByName = submittedByName;
        this.currency = quote.currency();
        this.validUntil = quote.validUntil();
        this.paymentTerms = quote.paymentTerms().strip();
        this.freight = quote.freight();
        this.freightValue = quote.freightValue() == null ? BigDecimal.ZERO : quote.freightValue();
        this.notes = quote.notes() == null || quote.notes().isBlank() ? null : quote.notes().strip();
        for (var line : quote.lines()) {
            String alternative = line.alternativeSku() == null || line.alternativeSku().isBlank() ? null : line.alternativeSku().strip();
            lines.add(new Line(line, alternative, alternative == null ? null : alternativeNames.get(alternative)));
        }
    }

    int revision() {
        return revision;
    }

    QuoteRevision view(List<UUID> lineOrder) {
        var byLine = new java.util.HashMap<UUID, Line>();
        lines.forEach(l -> byLine.put(l.lineId, l));
        return new QuoteRevision(revision, round, submittedAt, submittedByName, currency, validUntil, paymentTerms, freight,
                freightValue, notes, lineOrder.stream().map(id -> Optional.ofNullable(byLine.get(id)).map(Line::view)
                        .orElseGet(() -> notQuoted(id))).toList());
    }

    private static QuoteRevision.Line notQuoted(UUID line) {
        return new QuoteRevision.Line(line, Optional.empty(), Optional.empty(), null, Optional.empty(), Optional.empty(), null, null, null);
    }

    @Embeddable
    static class Line {
        private UUID lineId;
        private BigDecimal unitPrice;
        private Integer quantity;
        private String unit;
        private Integer leadTimeDays;
        private Integer minLot;
        private String alternativeSku;
        private String alternativeName;
        private String note;

        protected Line() {
        }

        Line(QuoteDraft.Line line, String alternativeSku, String alternativeName) {
            this.lineId = line.lineId();
            this.unitPrice = line.unitPrice();
            this.quantity = line.quantity();
            this.unit = line.unit() == null || line.unit().isBlank() ? null : line.unit().strip();
            this.leadTimeDays = line.leadTimeDays();
            this.minLot = line.minLot();
            this.alternativeSku = alternativeSku;
            this.alternativeName = alternativeName;
            this.note = line.note() == null || line.note().isBlank() ? null : line.note().strip();
        }

        QuoteRevision.Line view() {
            return new QuoteRevision.Line(lineId, Optional.ofNullable(unitPrice), Optional.ofNullable(quantity), unit,
                    Optional.ofNullable(leadTimeDays), Optional.ofNullable(minLot), alternativeSku, alternativeName, note);
        }
    }
}
