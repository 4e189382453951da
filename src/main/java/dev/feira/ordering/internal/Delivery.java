package dev.feira.ordering.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.TenantId;

import dev.feira.ordering.Deliveries.DeliveryRefusal;
import dev.feira.ordering.DeliveryNote;
import dev.feira.ordering.DeliveryNote.Status;
import dev.feira.shared.persistence.AssignedIdentity;

/** A delivery: lines of one or more orders of one buyer that leave together. */
@Entity
@Table(name = "delivery")
class Delivery extends AssignedIdentity<UUID> {

    @Id
    private UUID id;
    @TenantId
    private UUID tenantId;
    private String number;
    private UUID buyerAccountId;
    @Enumerated(EnumType.STRING)
    private Status status;
    private String carrier;
    private String trackingNumber;
    private Instant plannedAt;
    private Instant shippedAt;
    private Instant deliveredAt;
    /** Two dispatchers shipping one delivery at once: the second is refused. */
    @Version
    private long version;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "delivery_line", joinColumns = @JoinColumn(name = "delivery_id"))
    private List<Line> lines = new ArrayList<>();

    protected Delivery() {
    }

    Delivery(String number, UUID buyerAccountId) {
        this.id = UUID.randomUUID();
        this.number = number;
        this.buyerAccountId = buyerAccountId;
        this.status = Status.PLANNED;
        this.plannedAt = now();
    }

    @Embeddable
    static class Line {
        private UUID orderId;
        @Column(name = "order_no")
        private String orderNumber;
        private int orderLine;
        private String sku;
        private int quantity;

        protected Line() {
        }

        Line(UUID orderId, String orderNumber, int orderLine, String sku, int quantity) {
            this.orderId = orderId;
            this.orderNumber = orderNumber;
            this.orderLine = orderLine;
            this.sku = sku;
            this.quantity = quantity;
        }
    }

    void add(UUID order, String orderNumber, int orderLine, String sku, int quantity) {
        lines.add(new Line(order, orderNumber, orderLine, sku, quantity));
    }

    void ship(String carrier, String trackingNumber) {
        if (status != Status.PLANNED) {
            throw new DeliveryRefusal("Delivery " + number + " was shipped already");
        }
        if (trackingNumber == null || trackingNumber.isBlank()) {
            throw new DeliveryRefusal("A tracking number is required to ship " + number);
        }
        this.carrier = carrier == null || carrier.isBlank() ? null : carrier.strip();
        this.trackingNumber = trackingNumber.strip();
        this.status = Status.SHIPPED;
        this.shippedAt = now();
    }

    void deliver() {
        if (status != Status.SHIPPED) {
            throw new DeliveryRefusal("Delivery " + number + " is " + status + "; only a shipped delivery can be delivered");
        }
        status = Status.DELIVERED;
        deliveredAt = now();
    }

    boolean hasLeft() {
        return status != Status.PLANNED;
    }

    boolean isDelivered() {
        return status == Status.DELIVERED;
    }

    /** Base units of an order line in this delivery. */
    int quantityOf(UUID order, int orderLine) {
        return lines.stream().filter(l -> l.orderId.equals(order) && l.orderLine == orderLine).mapToInt(l -> l.quantity).sum();
    }

    List<UUID> orders() {
        return lines.stream().map(l -> l.orderId).distinct().toList();
    }

    String number() {
        return number;
    }

    UUID buyerAccountId() {
        return buyerAccountId;
    }

    DeliveryNote toNote() {
        return new DeliveryNote(id, number, buyerAccountId, status, Optional.ofNullable(carrier), Optional.ofNullable(trackingNumber),
                plannedAt, Optional.ofNullable(shippedAt), Optional.ofNullable(deliveredAt),
                lines.stream().map(l -> new DeliveryNote.Line(l.orderId, l.orderNumber, l.orderLine, l.sku, l.quantity)).toList());
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
