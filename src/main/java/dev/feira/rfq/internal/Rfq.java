package dev.feira.rfq.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
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
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import dev.feira.rfq.BuyerRfq;
import dev.feira.rfq.QuoteStatus;
import dev.feira.rfq.RfqDraft;
import dev.feira.rfq.RfqId;
import dev.feira.rfq.RfqRefusal;
import dev.feira.rfq.RfqStatus;
import dev.feira.rfq.RfqSummary;
import dev.feira.shared.TenantId;
import dev.feira.shared.persistence.AssignedIdentity;

/** A buyer company's request for quotation, and the only ways its status may change. */
@Entity
@Table(name = "rfq")
class Rfq extends AssignedIdentity<UUID> {

    @Id
    private UUID id;
    private UUID buyerCompanyId;
    private String number;
    private String title;
    private LocalDate needBy;
    private String deliveryPlace;
    private Instant responseDeadline;
    private String currency;
    private boolean sealed;
    @Enumerated(EnumType.STRING)
    private RfqDraft.AwardMode awardMode;
    private String notes;
    @Enumerated(EnumType.STRING)
    private RfqStatus status;
    private int round;
    private UUID createdBy;
    private String createdByName;
    private Instant createdAt;
    private Instant publishedAt;
    private Instant closedAt;
    private String cancelReason;
    private Instant awardedAt;
    /** Two tabs of one purchaser publishing and cancelling at once: the second is refused, not merged. */
    @Version
    private long version;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "rfq_line", joinColumns = @JoinColumn(name = "rfq_id"))
    @OrderBy("position")
    private List<Line> lines = new ArrayList<>();
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "rfq_supplier", joinColumns = @JoinColumn(name = "rfq_id"))
    private List<Invited> suppliers = new ArrayList<>();
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "rfq_award", joinColumns = @JoinColumn(name = "rfq_id"))
    private List<Award> awards = new ArrayList<>();

    @Override
    public UUID getId() {
        return id;
    }

    protected Rfq() {
    }

    Rfq(UUID buyerCompanyId, String number, UUID createdBy, String createdByName, Instant at) {
        this.id = UUID.randomUUID();
        this.buyerCompanyId = buyerCompanyId;
        this.number = number;
        this.status = RfqStatus.DRAFT;
        this.round = 1;
        this.createdBy = createdBy;
        this.createdByName = createdByName;
        this.createdAt = at;
    }

    /** Takes what the draft says, already checked by {@link RfqRules}; only a draft is rewritten. */
    void write(RfqDraft draft, String currency, Collection<TenantId> invited) {
        if (status != RfqStatus.DRAFT) {
            throw new RfqRefusal("not-draft", "RFQ " + number + " was sent already; it can no longer be rewritten", number);
        }
        this.title = draft.title().strip();
        this.needBy = draft.needBy();
        this.deliveryPlace = blankToNull(draft.deliveryPlace());
        this.responseDeadline = draft.deadline();
        this.currency = currency;
        this.sealed = draft.sealed();
        this.awardMode = draft.awardMode() == null ? RfqDraft.AwardMode.PER_LINE : draft.awardMode();
        this.notes = blankToNull(draft.notes());
        // Lines keep their ids where a rewrite keeps their position, so nothing that names a line breaks.
        List<Line> rewritten = new ArrayList<>();
        for (int i = 0; i < draft.lines().size(); i++) {
            UUID lineId = i < lines.size() ? lines.get(i).lineId : UUID.randomUUID();
            rewritten.add(new Line(i + 1, lineId, draft.lines().get(i)));
        }
        lines.clear();
        lines.addAll(rewritten);
        suppliers.clear();
        invited.stream().distinct().forEach(s -> suppliers.add(new Invited(s.value())));
    }

    void publish(Instant at) {
        move(RfqStatus.PUBLISHED);
        this.publishedAt = at;
    }

    void cancel(String reason) {
        move(RfqStatus.CANCELLED);
        this.cancelReason = reason;
    }

    /** The award, already placed as orders at the suppliers: awarded, then ordered. */
    void awarded(List<Award> placed, Collection<TenantId> fully, Collection<TenantId> partly, Instant at) {
        move(RfqStatus.AWARDED);
        for (Invited invited : suppliers) { // what the buyer reads of each supplier, as each supplier is told
            TenantId supplier = invited.supplier();
            invited.status = fully.contains(supplier) ? QuoteStatus.AWARDED : partly.contains(supplier) ? QuoteStatus.PARTIALLY_AWARDED
                    : invited.status.unanswered() ? QuoteStatus.EXPIRED : QuoteStatus.NOT_AWARDED;
        }
        awards.addAll(placed);
        awardedAt = at;
        move(RfqStatus.ORDERED);
    }

    /** A negotiation round: quotes are taken again (from the suppliers chosen) until the new deadline. */
    void negotiate(Instant deadline) {
        move(RfqStatus.NEGOTIATING);
        round++;
        responseDeadline = deadline;
        closedAt = null;
    }

    int round() {
        return round;
    }

    /** Past its deadline an open RFQ takes no more quotes: closed, or expired when nobody quoted. */
    boolean closeIfDue(Instant now) {
        if (!status.takesQuotes() || responseDeadline == null || now.isBefore(responseDeadline)) {
            return false;
        }
        boolean quoted = suppliers.stream().anyMatch(s -> s.status == QuoteStatus.SUBMITTED);
        move(quoted || status == RfqStatus.NEGOTIATING ? RfqStatus.CLOSED : RfqStatus.EXPIRED);
        this.closedAt = responseDeadline;
        return true;
    }

    private void move(RfqStatus next) {
        if (!status.mayBecome(next)) {
            throw new RfqRefusal("transition", "RFQ " + number + " is " + status + " and cannot become " + next, number, status, next);
        }
        this.status = next;
    }

    UUID id() {
        return id;
    }

    RfqId rfqId() {
        return new RfqId(id);
    }

    UUID buyerCompanyId() {
        return buyerCompanyId;
    }

    String number() {
        return number;
    }

    String title() {
        return title;
    }

    RfqStatus status() {
        return status;
    }

    boolean sealed() {
        return sealed;
    }

    Instant deadline() {
        return responseDeadline;
    }

    String currency() {
        return currency;
    }

    List<Line> lines() {
        return List.copyOf(lines);
    }

    List<TenantId> invitedSuppliers() {
        return suppliers.stream().map(s -> new TenantId(s.supplierId)).toList();
    }

    List<Invited> invited() {
        return List.copyOf(suppliers);
    }

    RfqSummary summary() {
        int answers = (int) suppliers.stream().filter(s -> !s.status.unanswered()).count();
        return new RfqSummary(rfqId(), number, title, status, lines.size(), suppliers.size(), answers,
                Optional.ofNullable(responseDeadline), createdAt);
    }

    BuyerRfq view(List<BuyerRfq.Answer> answers) {
        return new BuyerRfq(rfqId(), number, title, status, round, needBy, deliveryPlace, responseDeadline, currency, sealed,
                awardMode, notes, createdByName, createdAt, Optional.ofNullable(publishedAt),
                lines.stream().map(Line::view).toList(), answers,
                awards.stream().map(a -> new BuyerRfq.Awarded(a.lineId, new TenantId(a.supplierId), a.quantity, a.unitPrice, a.orderId,
                        a.orderNumber)).toList());
    }

    RfqDraft.AwardMode awardMode() {
        return awardMode;
    }

    /** Sealed quotes open at the deadline: before it the buyer sees who answered, not what. */
    boolean quotesOpenAt(Instant now) {
        return !sealed || (responseDeadline != null && !now.isBefore(responseDeadline));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
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
        private UUID sourceSupplier;
        private String gtin;
        private String mpn;

        protected Line() {
        }

        Line(int position, UUID lineId, RfqDraft.Line line) {
            this.position = position;
            this.lineId = lineId;
            this.description = line.description().strip();
            this.quantity = line.quantity();
            this.unit = line.unit().strip();
            this.targetPrice = line.targetPrice();
            this.sku = blankToNull(line.sku());
            this.sourceSupplier = line.supplier() == null ? null : line.supplier().value();
            this.gtin = blankToNull(line.gtin());
            this.mpn = blankToNull(line.mpn());
        }

        BuyerRfq.Line view() {
            return new BuyerRfq.Line(lineId, position, description, quantity, unit, targetPrice, sku,
                    sourceSupplier == null ? null : new TenantId(sourceSupplier), gtin, mpn);
        }

        UUID lineId() {
            return lineId;
        }

        /** The SKU when it names a product of {@code supplier}'s catalog. */
        Optional<String> skuAt(TenantId supplier) {
            return sku != null && supplier.value().equals(sourceSupplier) ? Optional.of(sku) : Optional.empty();
        }
    }

    @Embeddable
    static class Invited {
        private UUID supplierId;
        @Enumerated(EnumType.STRING)
        private QuoteStatus status = QuoteStatus.INVITED;
        private int revisions;
        private Instant answeredAt;
        private String declineReason;

        protected Invited() {
        }

        Invited(UUID supplierId) {
            this.supplierId = supplierId;
        }

        TenantId supplier() {
            return new TenantId(supplierId);
        }

        QuoteStatus status() {
            return status;
        }

        int revisions() {
            return revisions;
        }

        Optional<Instant> answeredAt() {
            return Optional.ofNullable(answeredAt);
        }

        Optional<String> declineReason() {
            return Optional.ofNullable(declineReason);
        }
    }

    @Embeddable
    static class Award {
        private UUID lineId;
        private UUID supplierId;
        private int quantity;
        private BigDecimal unitPrice;
        private UUID orderId;
        private String orderNumber;

        protected Award() {
        }

        Award(UUID lineId, TenantId supplier, int quantity, BigDecimal unitPrice, UUID orderId, String orderNumber) {
            this.lineId = lineId;
            this.supplierId = supplier.value();
            this.quantity = quantity;
            this.unitPrice = unitPrice;
            this.orderId = orderId;
            this.orderNumber = orderNumber;
        }

        TenantId supplier() {
            return new TenantId(supplierId);
        }

        int quantity() {
            return quantity;
        }

        BigDecimal unitPrice() {
            return unitPrice;
        }

        UUID orderId() {
            return orderId;
        }

        String orderNumber() {
            return orderNumber;
        }
    }

    List<Award> awards() {
        return List.copyOf(awards);
    }
}
