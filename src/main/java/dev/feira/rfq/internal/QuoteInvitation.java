package dev.feira.rfq.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.TenantId;

import dev.feira.pricing.PriceQuote;
import dev.feira.rfq.InvitationId;
import dev.feira.rfq.InvitationSummary;
import dev.feira.rfq.QuoteRevision;
import dev.feira.rfq.QuoteStatus;
import dev.feira.rfq.RfqId;
import dev.feira.rfq.RfqRefusal;
import dev.feira.rfq.SupplierInvitation;

/**
 * One supplier's copy of what a buyer asks, and where its answer stands: all the supplier ever reads of the RFQ
 * (never who else was invited), guarded by the supplier's tenant key.
 */
@Entity
@Table(name = "quote_invitation")
class QuoteInvitation extends dev.feira.shared.persistence.AssignedIdentity<UUID> {

    @Id
    private UUID id;
    @TenantId
    private UUID tenantId;
    private UUID rfqId;
    private String rfqNumber;
    private String customerCategory;
    private Instant firstAnsweredAt;
    private java.math.BigDecimal awardedValue;
    private UUID buyerCompanyId;
    private UUID buyerAccountId;
    private String buyerName;
    private String title;
    private LocalDate needBy;
    private String deliveryPlace;
    private Instant responseDeadline;
    private String currency;
    private String notes;
    private int round;
    @Enumerated(EnumType.STRING)
    private QuoteStatus status;
    private UUID assignedRepId;
    private Instant invitedAt;
    private Instant respondBy;
    private Instant viewedAt;
    private Instant answeredAt;
    private String declineReason;
    private int revisions;
    private String roundNote;
    private Instant escalatedAt;
    private Instant remindAt;
    private Instant remindedAt;
    /** Two reps submitting at once: the second is refused, so revision numbers never collide. */
    @Version
    private long version;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "quote_invitation_line", joinColumns = @JoinColumn(name = "invitation_id"))
    @OrderBy("position")
    private List<Line> lines = new ArrayList<>();

    @Override
    public UUID getId() {
        return id;
    }

    protected QuoteInvitation() {
    }

    /** The SKU of a line is copied only where it names this supplier's own product: another's SKU is none of its business. */
    QuoteInvitation(Rfq rfq, dev.feira.shared.TenantId supplier, String buyerName, UUID buyerAccountId, String customerCategory,
                    UUID assignedRepId, Instant at, Instant respondBy) {
        var asked = rfq.view(List.of());
        this.id = UUID.randomUUID();
        this.rfqId = rfq.id();
        this.rfqNumber = rfq.number();
        this.buyerCompanyId = rfq.buyerCompanyId();
        this.buyerAccountId = buyerAccountId;
        this.customerCategory = customerCategory;
        this.buyerName = buyerName;
        this.title = asked.title();
        this.needBy = asked.needBy();
        this.deliveryPlace = asked.deliveryPlace();
        this.responseDeadline = asked.deadline();
        this.currency = asked.currency();
        this.notes = asked.notes();
        this.round = asked.round();
        this.status = QuoteStatus.INVITED;
        this.assignedRepId = assignedRepId;
        this.invitedAt = at;
        this.respondBy = respondBy;
        this.remindAt = reminderBetween(at, respondBy);
        for (var line : asked.lines()) {
            lines.add(new Line(line.position(), line.lineId(), line.description(), line.quantity(), line.unit(), line.targetPrice(),
                    supplier.equals(line.supplier()) ? line.sku() : null, line.gtin(), line.mpn()));
        }
    }

    /** A negotiation round reaches this supplier: a new deadline, the buyer's note and targets; its quote may be revised. */
    void newRound(int round, Instant deadline, Instant respondBy, java.util.Map<UUID, BigDecimal> targets, String note) {
        if (status == QuoteStatus.CANCELLED || round <= this.round) {
            return; // cancelled meanwhile, or this round arrived already
        }
        this.round = round;
        this.responseDeadline = deadline;
        this.respondBy = respondBy;
        this.roundNote = note;
        this.escalatedAt = null; // a new round, a new response clock
        lines.forEach(line -> line.roundTarget = targets.get(line.lineId));
    }

    /** When three quarters of the time to answer have passed. */
    private static Instant reminderBetween(Instant from, Instant due) {
        return from.plus(java.time.Duration.between(from, due).multipliedBy(3).dividedBy(4));
    }

    /** Due soon and still unanswered: true the first time only, so the rep is reminded once. */
    boolean remind(Instant at) {
        if (remindedAt != null || escalatedAt != null || !status.unanswered() || remindAt == null || at.isBefore(remindAt)
                || !at.isBefore(respondBy)) {
            return false;
        }
        remindedAt = at;
        return true;
    }

    /** The response time ran out unanswered: true the first time only, so the managers are told once. */
    boolean escalate(Instant at) {
        if (escalatedAt != null || !status.unanswered() || at.isBefore(respondBy)) {
            return false;
        }
        escalatedAt = at;
        return true;
    }

    Optional<String> roundNote() {
        return Optional.ofNullable(roundNote);
    }

    void viewed(Instant at) {
        if (status == QuoteStatus.INVITED) {
            status = QuoteStatus.VIEWED;
            viewedAt = at;
        }
    }

    /** Counts a new revision; refused after the deadline or once the RFQ no longer takes quotes. */
    int submitted(Instant at) {
        requireOpen(at);
        move(QuoteStatus.SUBMITTED);
        revisions++;
        answered(at);
        declineReason = null;
        return revisions;
    }

    void declined(String reason, Instant at) {
        requireOpen(at);
        move(QuoteStatus.DECLINED);
        declineReason = reason;
        answered(at);
    }

    /** The latest answer's time, and the first's: the response time counts from the invitation to the first. */
    private void answered(Instant at) {
        answeredAt = at;
        if (firstAnsweredAt == null) {
            firstAnsweredAt = at;
        }
    }

    void withdrawn(Instant at) {
        requireOpen(at);
        move(QuoteStatus.WITHDRAWN);
        answeredAt = at;
    }

    void cancelled() {
        if (status.mayBecome(QuoteStatus.CANCELLED)) {
            status = QuoteStatus.CANCELLED;
        }
    }

    void requireOpen(Instant at) {
        if (status == QuoteStatus.CANCELLED) {
            throw new RfqRefusal("cancelled", "The buyer cancelled RFQ " + rfqNumber, rfqNumber);
        }
        if (!at.isBefore(responseDeadline)) {
            throw new RfqRefusal("deadline-passed", "RFQ " + rfqNumber + " took quotes until " + responseDeadline, rfqNumber,
                    java.util.Date.from(responseDeadline));
        }
    }

    private void move(QuoteStatus next) {
        if (!status.mayBecome(next)) {
            throw new RfqRefusal("quote-transition", "This quote is " + status + " and cannot become " + next, status, next);
        }
        status = next;
    }

    InvitationId invitationId() {
        return new InvitationId(id);
    }

    UUID id() {
        return id;
    }

    RfqId rfqId() {
        return new RfqId(rfqId);
    }

    UUID buyerCompanyId() {
        return buyerCompanyId;
    }

    Optional<UUID> buyerAccountId() {
        return Optional.ofNullable(buyerAccountId);
    }

    String currency() {
        return currency;
    }

    int round() {
        return round;
    }

    QuoteStatus status() {
        return status;
    }

    int revisions() {
        return revisions;
    }

    Optional<String> declineReason() {
        return Optional.ofNullable(declineReason);
    }

    /** The buyer awarded its RFQ: this supplier got all it quoted, part of it, or nothing (unanswered: expired). */
    /** @param value what the lines awarded to this supplier are worth at its quoted prices (zero when none) */
    void awarded(QuoteStatus outcome, java.math.BigDecimal value) {
        QuoteStatus next = status.unanswered() ? QuoteStatus.EXPIRED : outcome;
        if (status.mayBecome(next)) {
            status = next;
            awardedValue = value.signum() > 0 ? value : null;
        }
    }

    Optional<UUID> assignedRep() {
        return Optional.ofNullable(assignedRepId);
    }

    Instant respondBy() {
        return respondBy;
    }

    Instant invitedAt() {
        return invitedAt;
    }

    String rfqNumber() {
        return rfqNumber;
    }

    String buyerName() {
        return buyerName;
    }

    List<Line> lines() {
        return List.copyOf(lines);
    }

    InvitationSummary summary() {
        return new InvitationSummary(invitationId(), rfqNumber, buyerName, title, lines.size(), responseDeadline, respondBy, status,
                revisions, assignedRep(), invitedAt);
    }

    SupplierInvitation view(Function<Line, Optional<PriceQuote>> suggested, dev.feira.pricing.TradeTerms terms,
                            List<QuoteRevision> revisions) {
        return new SupplierInvitation(invitationId(), rfqNumber, buyerName, buyerAccountId(), title, needBy, deliveryPlace,
                responseDeadline, respondBy, currency, notes, round, status, assignedRep(), invitedAt, Optional.ofNullable(declineReason),
                Optional.ofNullable(roundNote), terms,
                lines.stream().map(l -> new SupplierInvitation.Line(l.lineId, l.position, l.description, l.quantity, l.unit,
                        l.targetPrice, l.sku, l.gtin, l.mpn, Optional.ofNullable(l.roundTarget), suggested.apply(l))).toList(),
                revisions);
    }

    @Embeddable
    static class Line {
        private int position;
        private UUID lineId;
        private String description;
        private int quantity;
        private String unit;
        private BigDecimal targetPrice;
        private String sku;
        private String gtin;
        private String mpn;
        private BigDecimal roundTarget;

        protected Line() {
        }

        Line(int position, UUID lineId, String description, int quantity, String unit, BigDecimal targetPrice, String sku,
             String gtin, String mpn) {
            this.position = position;
            this.lineId = lineId;
            this.description = description;
            this.quantity = quantity;
            this.unit = unit;
            this.targetPrice = targetPrice;
            this.sku = sku;
            this.gtin = gtin;
            this.mpn = mpn;
        }

        UUID lineId() {
            return lineId;
        }

        int quantity() {
            return quantity;
        }

        Optional<String> sku() {
            return Optional.ofNullable(sku);
        }
    }
}
