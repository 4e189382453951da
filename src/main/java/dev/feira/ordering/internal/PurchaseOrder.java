package dev.feira.ordering.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
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

import org.hibernate.annotations.TenantId;

import dev.feira.ordering.OrderStatus;
import dev.feira.ordering.Orders;
import dev.feira.ordering.PlacedOrder;
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
    /** A supplier's two tabs confirming and rejecting at once: the second is refused, not merged. */
    @Version
    private long version;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "purchase_order_line", joinColumns = @JoinColumn(name = "order_id"))
    @OrderBy("position")
    private List<Line> lines = new ArrayList<>();

    protected PurchaseOrder() {
    }

    PurchaseOrder(String number, UUID buyerAccountId, String checkoutKey, Currency currency, String paymentTerms,
                  String freight, int leadTimeDays) {
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
        this.placedAt = Instant.now();
        this.updatedAt = placedAt;
    }

    @Embeddable
    static class Line {
        private int position;
        private String sku;
        private String name;
        private String unit;
        private int quantity;
        private BigDecimal unitPrice;
        private BigDecimal total;

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

    void addLine(String sku, String name, String unit, int quantity, BigDecimal unitPrice, BigDecimal lineTotal) {
        lines.add(new Line(lines.size() + 1, sku, name, unit, quantity, unitPrice, lineTotal));
        total = total.add(lineTotal);
    }

    /** @return the status it had */
    OrderStatus move(OrderStatus target, String reason) {
        if (!status.mayBecome(target)) {
            throw new Orders.IllegalTransition(number, status, target);
        }
        OrderStatus from = status;
        status = target;
        statusReason = reason == null || reason.isBlank() ? null : reason.strip();
        updatedAt = Instant.now();
        return from;
    }

    /** Base units ordered per SKU. */
    java.util.Map<String, Integer> quantitiesBySku() {
        var quantities = new java.util.HashMap<String, Integer>();
        lines.forEach(l -> quantities.merge(l.sku, l.quantity, Integer::sum));
        return quantities;
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
        return new PlacedOrder(id, number, buyerAccountId, status, new Money(total, money), paymentTerms, freight, leadTimeDays,
                placedAt, Optional.ofNullable(statusReason), lines.stream().map(l -> new PlacedOrder.Line(l.sku, l.name, l.unit,
                l.quantity, new Money(l.unitPrice, money), new Money(l.total, money))).toList());
    }

    @Override
    public UUID getId() {
        return id;
    }
}
