package dev.feira.ordering.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.TenantId;

import dev.feira.shared.persistence.AssignedIdentity;

/** A buyer account's open cart: SKUs and quantities in the base unit, in the order they were added. */
@Entity
@Table(name = "cart")
class Cart extends AssignedIdentity<UUID> {

    @Id
    private UUID id;
    @TenantId
    private UUID tenantId;
    private UUID buyerAccountId;
    private Instant createdAt;
    private Instant updatedAt;
    /** The order this cart became, while it waits for approval: till then nobody edits the cart. */
    private UUID awaitingOrder;
    /** Colleagues editing one cart at once: the later write is refused, not silently lost. */
    @Version
    private long version;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "cart_line", joinColumns = @JoinColumn(name = "cart_id"))
    @OrderBy("addedAt")
    private List<Line> lines = new ArrayList<>();

    protected Cart() {
    }

    Cart(UUID buyerAccountId) {
        this.id = UUID.randomUUID();
        this.buyerAccountId = buyerAccountId;
        this.createdAt = Instant.now();
        this.updatedAt = createdAt;
    }

    @Embeddable
    static class Line {
        private String sku;
        private int quantity;
        private BigDecimal priceWhenAdded;
        private Instant addedAt;
        /** The unit of sale the buyer chose (null: the base unit); the quantity stays in the base unit. */
        private String unit;

        protected Line() {
        }

        Line(String sku, int quantity, String unit, BigDecimal priceWhenAdded) {
            this.sku = sku;
            this.unit = unit;
            this.quantity = quantity;
            this.priceWhenAdded = priceWhenAdded;
            this.addedAt = Instant.now();
        }

        String sku() {
            return sku;
        }

        int quantity() {
            return quantity;
        }

        Optional<BigDecimal> priceWhenAdded() {
            return Optional.ofNullable(priceWhenAdded);
        }

        Optional<String> unit() {
            return Optional.ofNullable(unit);
        }
    }

    /**
     * Adds to the SKU's line, or starts one; the price shown to the buyer now is kept with it. A line added to in
     * another unit than it was chosen in is shown in the base unit from then on.
     */
    void add(String sku, int quantity, String unit, BigDecimal unitPrice) {
        line(sku).ifPresentOrElse(l -> {
            l.quantity = Math.addExact(l.quantity, quantity);
            l.priceWhenAdded = unitPrice;
            if (!java.util.Objects.equals(l.unit, unit)) {
                l.unit = null;
            }
        }, () -> lines.add(new Line(sku, quantity, unit, unitPrice)));
        touched();
    }

    /** @return false when the cart has no line of that SKU */
    boolean change(String sku, int quantity) {
        var line = line(sku);
        if (line.isEmpty()) {
            return false;
        }
        if (quantity == 0) {
            lines.remove(line.get());
        } else {
            line.get().quantity = quantity;
        }
        touched();
        return true;
    }

    /** Locks the cart while its order waits for approval. */
    void awaitApprovalOf(UUID order) {
        awaitingOrder = order;
        touched();
    }

    /** The approval was given (the order goes ahead: the cart empties) or refused (the purchaser may change and resend it). */
    void approvalDecided(boolean approved) {
        awaitingOrder = null;
        if (approved) {
            lines.clear();
        }
        touched();
    }

    Optional<UUID> awaitingOrder() {
        return Optional.ofNullable(awaitingOrder);
    }

    void empty() {
        lines.clear();
        touched();
    }

    private Optional<Line> line(String sku) {
        return lines.stream().filter(l -> l.sku.equals(sku)).findFirst();
    }

    private void touched() {
        updatedAt = Instant.now();
    }

    List<Line> lines() {
        return List.copyOf(lines);
    }

    UUID buyerAccountId() {
        return buyerAccountId;
    }

    @Override
    public UUID getId() {
        return id;
    }
}
