package dev.feira.ordering.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

import org.hibernate.annotations.TenantId;

import dev.feira.ordering.OrderStatus;
import dev.feira.ordering.Orders;
import dev.feira.ordering.OrderedQuantity;
import dev.feira.ordering.PlacedOrder;
import dev.feira.ordering.PurchaseDetails;
import dev.feira.pricing.TradeTerms;
import dev.feira.pricing.TradeTerms.PaymentMethod;
import dev.feira.shared.Money;
import dev.feira.shared.persistence.AssignedIdentity;

/** An order and the only ways its status may change. */
@Entity
@Table(name = "purchase_order")
class PurchaseOrder extends AssignedIdentity<UUID> {

    @Id
    private UUID id;
    @TenantId
    private UUID tenantId;
    private String number;
    private UUID buyerAccountId;
    private String checkoutKey;
    @Enumerated(EnumType.STRING)
    private OrderStatus status;
    private String currency;
    private BigDecimal total;
    private String paymentTerms;
    private String freight;
    private int leadTimeDays;
    private Instant placedAt;
    private Instant updatedAt;
    private String statusReason;
    private String invoiceNumber;
    private Instant invoicedAt;
    private Instant paidAt;
    private String paymentReference;
    @Enumerated(EnumType.STRING)
    private PaymentMethod paymentMethod;
    private String paymentFailure;
    private UUID placedBy;
    private String placedByName;
    private int approvalLevels;
    private boolean countedInSpend;
    private BigDecimal offerPercent;
    private String sourceReference;
    private String buyerPoNumber;
    private java.time.LocalDate requestedDelivery;
    private String noteToSupplier;
    private String shipToLabel;
    private String shipToTaxId;
    private String shipToAddress;
    private String shipToState;
    private String taxOriginState;
    private String taxDestinationState;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "purchase_order_approval", joinColumns = @JoinColumn(name = "order_id"))
    @OrderBy("level")
    private List<Approval> approvals = new ArrayList<>();
    /** A supplier's two tabs confirming and rejecting at once: the second is refused, not merged. */
    @Version
    private long version;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "purchase_order_line", joinColumns = @JoinColumn(name = "order_id"))
    @OrderBy("position")
    private List<Line> lines = new ArrayList<>();
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "purchase_order_event", joinColumns = @JoinColumn(name = "order_id"))
    @OrderBy("position")
    private List<Event> timeline = new ArrayList<>();

    protected PurchaseOrder() {
    }

    PurchaseOrder(String number, UUID buyerAccountId, String checkoutKey, Currency currency, String paymentTerms,
                  PaymentMethod paymentMethod, String freight, int leadTimeDays) {
        this.paymentMethod = paymentMethod;
        this.id = UUID.randomUUID();
        this.number = number;
        this.buyerAccountId = buyerAccountId;
        this.checkoutKey = checkoutKey;
        this.status = OrderStatus.SUBMITTED;
        this.currency = currency.getCurrencyCode();
        this.total = BigDecimal.ZERO;
        this.paymentTerms = paymentTerms;
        this.freight = freight;
        this.leadTimeDays = leadTimeDays;
        this.placedAt = now();
        this.updatedAt = placedAt;
        record(PlacedOrder.Step.Kind.STATUS, null);
    }

    /** The São Paulo calendar decides due dates: an invoice issued at 22:00 local time is dated that day. */
    private static final ZoneId SUPPLIER_ZONE = ZoneId.of("America/Sao_Paulo");

    @Embeddable
    static class Line {
        private int position;
        private String sku;
        private String name;
        private String unit;
        private int quantity;
        private BigDecimal unitPrice;
        private BigDecimal total;
        private String rejection;
        private String saleUnit;
        private Integer perSaleUnit;
        private String ncm;
        private BigDecimal ipiRate;
        private BigDecimal ipiAmount;
        private BigDecimal icmsRate;
        private BigDecimal icmsAmount;
        private BigDecimal icmsStAmount;
        private Integer orderedQuantity;
        private String changeReason;
        private java.time.LocalDate promisedFor;

        /**
         * Fewer confirmed than ordered: the buyer's quantity is kept; the line's total and taxes become those of what is
         * confirmed (the rates are per unit, so the amounts scale with the quantity).
         */
        void reduceTo(int confirmed, String reason) {
            BigDecimal share = BigDecimal.valueOf(confirmed).divide(BigDecimal.valueOf(quantity), 10, java.math.RoundingMode.HALF_EVEN);
            orderedQuantity = quantity;
            changeReason = reason;
            quantity = confirmed;
            total = unitPrice.multiply(BigDecimal.valueOf(confirmed)).setScale(total.scale(), java.math.RoundingMode.HALF_EVEN);
            if (icmsRate != null) {
                ipiAmount = scaled(ipiAmount, share);
                icmsAmount = scaled(icmsAmount, share);
                icmsStAmount = scaled(icmsStAmount, share);
            }
        }

        private static BigDecimal scaled(BigDecimal amount, BigDecimal share) {
            return amount == null ? null : amount.multiply(share).setScale(2, java.math.RoundingMode.HALF_EVEN);
        }

        PlacedOrder.Confirmed confirmed() {
            return new PlacedOrder.Confirmed(Optional.ofNullable(orderedQuantity), Optional.ofNullable(changeReason),
                    Optional.ofNullable(promisedFor));
        }

        java.util.Optional<PlacedOrder.LineTax> tax(Currency money) {
            return java.util.Optional.ofNullable(icmsRate).map(rate -> new PlacedOrder.LineTax(ncm, ipiRate,
                    new Money(ipiAmount, money), rate, new Money(icmsAmount, money), new Money(icmsStAmount, money)));
        }

        protected Line() {
        }

        Line(int position, String sku, String name, String unit, int quantity, BigDecimal unitPrice, BigDecimal total) {
            this.position = position;
            this.sku = sku;
            this.name = name;
            this.unit = unit;
            this.quantity = quantity;
            this.unitPrice = unitPrice;
            this.total = total;
        }
    }

    @Embeddable
    static class Approval {
        private int level;
        private UUID decidedBy;
        private String deciderName;
        private boolean approved;
        private String comment;
        private Instant at;

        protected Approval() {
        }

        Approval(int level, UUID decidedBy, String deciderName, boolean approved, String comment) {
            this.level = level;
            this.decidedBy = decidedBy;
            this.deciderName = deciderName;
            this.approved = approved;
            this.comment = comment;
            this.at = now();
        }
    }

    @Embeddable
    static class Event {
        private int position;
        private Instant at;
        @Enumerated(EnumType.STRING)
        private PlacedOrder.Step.Kind kind;
        @Enumerated(EnumType.STRING)
        private OrderStatus status;
        private String note;

        protected Event() {
        }

        Event(int position, Instant at, PlacedOrder.Step.Kind kind, OrderStatus status, String note) {
            this.position = position;
            this.at = at;
            this.kind = kind;
            this.status = status;
            this.note = note;
        }
    }

    void addLine(String sku, String name, String unit, int quantity, BigDecimal unitPrice, BigDecimal lineTotal) {
        addLine(sku, name, unit, quantity, unitPrice, lineTotal, Optional.empty());
    }

    void addLine(String sku, String name, String unit, int quantity, BigDecimal unitPrice, BigDecimal lineTotal,
                 Optional<OrderedQuantity.SaleUnit> saleUnit) {
        var line = new Line(lines.size() + 1, sku, name, unit, quantity, unitPrice, lineTotal);
        saleUnit.ifPresent(chosen -> {
            line.saleUnit = chosen.code();
            line.perSaleUnit = chosen.baseUnits();
        });
        lines.add(line);
        total = total.add(lineTotal);
    }

    /** The taxes computed for the order's lines and its destination. */
    void taxed(dev.feira.taxation.Taxes.TaxedSale sale) {
        this.taxOriginState = sale.originState().orElse(null);
        this.taxDestinationState = sale.destinationState().orElse(null);
        for (Line line : lines) {
            sale.line(line.sku).ifPresent(tax -> {
                line.ncm = tax.ncm();
                line.ipiRate = tax.ipiRate();
                line.ipiAmount = tax.ipi().amount();
                line.icmsRate = tax.icmsRate();
                line.icmsAmount = tax.icms().amount();
                line.icmsStAmount = tax.icmsSt().amount();
            });
        }
    }

    /** What the buyer wrote on the order. */
    void describe(PurchaseDetails details) {
        this.buyerPoNumber = details.buyerPoNumber().orElse(null);
        this.requestedDelivery = details.requestedDelivery().orElse(null);
        this.noteToSupplier = details.noteToSupplier().orElse(null);
        details.shipTo().ifPresent(shipTo -> {
            this.shipToLabel = shipTo.label();
            this.shipToTaxId = shipTo.taxId();
            this.shipToAddress = shipTo.address();
            this.shipToState = shipTo.state();
        });
    }

    /** Placed from a quote (an RFQ's award): the order names it. */
    void from(String reference) {
        this.sourceReference = reference;
    }

    /** Placed with the supplier's offer of {@code percent} off (taken off the lines' prices already). */
    void offered(BigDecimal percent) {
        this.offerPercent = percent;
    }

    /** @return the status it had */
    OrderStatus move(OrderStatus target, String reason) {
        if (!status.mayBecome(target)) {
            throw new Orders.IllegalTransition(number, status, target);
        }
        OrderStatus from = status;
        status = target;
        statusReason = reason == null || reason.isBlank() ? null : reason.strip();
        updatedAt = now();
        record(PlacedOrder.Step.Kind.STATUS, statusReason);
        return from;
    }

    /** A step of the order's story, in the status it has now. */
    private void record(PlacedOrder.Step.Kind kind, String note) {
        timeline.add(new Event(timeline.size() + 1, now(), kind, status, note));
    }

    /**
     * The supplier accepts the order but declines the lines named (by SKU, with a reason each): those
     * are neither delivered nor billed. Declining every line rejects the order.
     *
     * @return the status it had
     */
    /**
     * Confirms the order line by line (see {@link dev.feira.ordering.Orders#confirm(UUID, List, String)}); checks every
     * change before making any, so a refused confirmation leaves the order as it was.
     */
    OrderStatus confirm(List<Orders.LineConfirmation> changes, String note, java.time.LocalDate today) {
        var bySku = new java.util.LinkedHashMap<String, Orders.LineConfirmation>();
        for (var change : changes) {
            Line line = lines.stream().filter(l -> l.sku.equals(change.sku())).findFirst()
                    .orElseThrow(() -> new Orders.ConfirmationRefusal("no-line", "Order " + number + " has no line " + change.sku(),
                            change.sku()));
            if (change.quantity() != null && (change.quantity() < 0 || change.quantity() > line.quantity)) {
                throw new Orders.ConfirmationRefusal("more-than-ordered", "Line " + line.sku + " can be confirmed with 0 to "
                        + line.quantity + " " + line.unit, line.sku, line.quantity, line.unit);
            }
            boolean less = change.quantity() != null && change.quantity() < line.quantity;
            if (less && (change.reason() == null || change.reason().isBlank())) {
                throw new Orders.ConfirmationRefusal("reason-required", "Say why line " + line.sku + " is confirmed with less", line.sku);
            }
            if (change.promisedFor() != null && change.promisedFor().isBefore(today)) {
                throw new Orders.ConfirmationRefusal("promised-in-past", "Line " + line.sku + " cannot be promised for a past day",
                        line.sku);
            }
            bySku.put(line.sku, change);
        }
        if (!status.mayBecome(OrderStatus.CONFIRMED)) {
            throw new Orders.IllegalTransition(number, status, OrderStatus.CONFIRMED);
        }
        java.util.function.Predicate<Line> declined = l -> bySku.containsKey(l.sku) && Integer.valueOf(0).equals(bySku.get(l.sku).quantity());
        if (lines.stream().allMatch(declined)) {
            return move(OrderStatus.REJECTED, String.join("; ", bySku.values().stream().map(c -> c.reason().strip()).toList()));
        }
        for (Line line : lines) {
            var change = bySku.get(line.sku);
            if (change == null) {
                continue;
            }
            if (declined.test(line)) {
                line.rejection = change.reason().strip();
            } else if (change.quantity() != null && change.quantity() < line.quantity) {
                line.reduceTo(change.quantity(), change.reason().strip());
            }
            line.promisedFor = change.promisedFor();
        }
        total = lines.stream().filter(l -> l.rejection == null).map(l -> l.total).reduce(BigDecimal.ZERO, BigDecimal::add);
        return move(OrderStatus.CONFIRMED, note);
    }

    /** Who placed it: a person, whose limits and monthly spend it counts against. */
    void placedBy(UUID person, String name) {
        this.placedBy = person;
        this.placedByName = name;
    }

    /** Over its purchaser's limit: it waits for {@code levels} approvals before the supplier sees it as approved. */
    OrderStatus awaitApproval(int levels, String note) {
        this.approvalLevels = levels;
        return move(OrderStatus.AWAITING_APPROVAL, note);
    }

    /**
     * A decision at the level waiting for one. A rejection rejects the order; the approval of the last
     * level approves it; an earlier level's approval leaves it waiting for the next.
     *
     * @return the status it had
     */
    OrderStatus decide(UUID approver, String approverName, boolean approved, String comment) {
        if (status != OrderStatus.AWAITING_APPROVAL) {
            throw new Orders.IllegalTransition(number, status, approved ? OrderStatus.APPROVED : OrderStatus.REJECTED);
        }
        int level = approvals.size() + 1;
        String note = comment == null || comment.isBlank() ? null : comment.strip();
        approvals.add(new Approval(level, approver, approverName, approved, note));
        if (!approved) {
            return move(OrderStatus.REJECTED, note);
        }
        if (level == approvalLevels) {
            return move(OrderStatus.APPROVED, note);
        }
        record(PlacedOrder.Step.Kind.STATUS, approverName + " (" + level + "/" + approvalLevels + ")" + (note == null ? "" : ": " + note));
        updatedAt = now();
        return status;
    }

    /** @return whether it was not counted yet */
    boolean countInSpend() {
        boolean first = !countedInSpend;
        countedInSpend = true;
        return first;
    }

    /** @return whether it had been counted (and so must be taken out of the month's spend) */
    boolean uncountFromSpend() {
        boolean was = countedInSpend;
        countedInSpend = false;
        return was;
    }

    Optional<UUID> placedBy() {
        return Optional.ofNullable(placedBy);
    }

    Instant placedAt() {
        return placedAt;
    }

    /** A delivery left with part or all of what is still to ship: partly shipped or shipped. */
    OrderStatus shipped(boolean everythingShipped, String note) {
        return move(everythingShipped ? OrderStatus.SHIPPED : OrderStatus.PARTLY_SHIPPED, note);
    }

    /** @return the status it had */
    OrderStatus invoice(String invoiceNumber) {
        OrderStatus from = move(OrderStatus.INVOICED, invoiceNumber);
        this.invoiceNumber = invoiceNumber;
        this.invoicedAt = now();
        return from;
    }

    /**
     * The money arrived (a card payment, a bank reconciliation). An invoiced order becomes paid; a
     * card payment before invoicing is kept until the invoice is issued.
     *
     * @return false when it had been recorded already (a replayed notice)
     */
    boolean paid(String reference) {
        if (paidAt != null) {
            return false;
        }
        paidAt = now();
        paymentReference = reference;
        paymentFailure = null;
        updatedAt = paidAt;
        record(PlacedOrder.Step.Kind.PAYMENT_RECEIVED, reference);
        return true;
    }

    /** @return false when the order was paid meanwhile (a failure reported late changes nothing) */
    boolean paymentFailed(String reason) {
        if (paidAt != null) {
            return false;
        }
        paymentFailure = reason == null || reason.isBlank() ? "declined" : reason.strip();
        record(PlacedOrder.Step.Kind.PAYMENT_FAILED, paymentFailure);
        updatedAt = now();
        return true;
    }

    PaymentMethod paymentMethod() {
        return paymentMethod;
    }

    boolean isPaid() {
        return paidAt != null;
    }

    OrderStatus status() {
        return status;
    }

    /** Base units ordered per SKU, of the lines the supplier accepted. */
    Map<String, Integer> quantitiesBySku() {
        var quantities = new HashMap<String, Integer>();
        lines.stream().filter(l -> l.rejection == null).forEach(l -> quantities.merge(l.sku, l.quantity, Integer::sum));
        return quantities;
    }

    /** Base units to deliver per line position, of the lines the supplier accepted. */
    Map<Integer, Integer> quantitiesToDeliver() {
        var quantities = new HashMap<Integer, Integer>();
        lines.stream().filter(l -> l.rejection == null).forEach(l -> quantities.put(l.position, l.quantity));
        return quantities;
    }

    /** The accepted line of a SKU. */
    Optional<PlacedOrder.Line> acceptedLine(String sku) {
        return toPlacedOrder().lines().stream().filter(l -> l.sku().equals(sku) && l.accepted()).findFirst();
    }

    String number() {
        return number;
    }

    UUID buyerAccountId() {
        return buyerAccountId;
    }

    Money total() {
        return new Money(total, Currency.getInstance(currency));
    }

    PlacedOrder toPlacedOrder() {
        Currency money = Currency.getInstance(currency);
        var invoice = Optional.ofNullable(invoiceNumber).map(n -> new PlacedOrder.Invoice(n, invoicedAt,
                TradeTerms.instalmentDays(paymentTerms).stream().map(days -> invoicedAt.atZone(SUPPLIER_ZONE).toLocalDate().plusDays(days))
                        .toList()));
        return new PlacedOrder(id, number, buyerAccountId, status, new Money(total, money), paymentTerms, freight, leadTimeDays,
                placedAt, Optional.ofNullable(statusReason), lines.stream().map(l -> new PlacedOrder.Line(l.position, l.sku, l.name,
                l.unit, l.quantity, new Money(l.unitPrice, money), new Money(l.total, money), Optional.ofNullable(l.rejection),
                Optional.ofNullable(l.saleUnit).map(u -> new OrderedQuantity.SaleUnit(u, l.perSaleUnit)), l.tax(money), l.confirmed())).toList(),
                timeline.stream().map(e -> new PlacedOrder.Step(e.at, e.kind, e.status, Optional.ofNullable(e.note))).toList(), invoice,
                paymentMethod, Optional.ofNullable(paidAt), Optional.ofNullable(paymentFailure),
                Optional.ofNullable(placedBy).map(p -> new PlacedOrder.Purchaser(p, placedByName)), approvalLevels,
                approvals.stream().map(a -> new PlacedOrder.Approval(a.level, a.decidedBy, a.deciderName, a.approved,
                        Optional.ofNullable(a.comment), a.at)).toList(), Optional.ofNullable(offerPercent),
                Optional.ofNullable(sourceReference), new PurchaseDetails(Optional.ofNullable(buyerPoNumber),
                Optional.ofNullable(shipToAddress).map(a -> new PurchaseDetails.ShipTo(shipToLabel, shipToTaxId, a, shipToState)),
                Optional.ofNullable(requestedDelivery), Optional.ofNullable(noteToSupplier)), taxSummary(money));
    }

    /** The taxes of the lines the supplier did not decline. */
    private PlacedOrder.TaxSummary taxSummary(Currency money) {
        Money zero = new Money(BigDecimal.ZERO, money);
        Money ipi = zero;
        Money icms = zero;
        Money st = zero;
        for (Line line : lines) {
            if (line.rejection == null && line.icmsRate != null) {
                ipi = ipi.plus(new Money(line.ipiAmount, money));
                icms = icms.plus(new Money(line.icmsAmount, money));
                st = st.plus(new Money(line.icmsStAmount, money));
            }
        }
        return new PlacedOrder.TaxSummary(ipi, icms, st, Optional.ofNullable(taxOriginState), Optional.ofNullable(taxDestinationState));
    }

    /** The database keeps microseconds: what this object says must equal what a reload says. */
    private static Instant now() {
        return Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }

    @Override
    public UUID getId() {
        return id;
    }
}
