package dev.feira.ordering.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
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

/** A saved list as stored: SKUs with quantities in the unit the buyer chose, in the order they were added. */
@Entity
@Table(name = "saved_list")
class BuyingList extends AssignedIdentity<UUID> {

    @Id
    private UUID id;
    @TenantId
    private UUID tenantId;
    private UUID buyerAccountId;
    private String name;
    /** The person who made it; null when the company's systems did (through the API). */
    private UUID ownerId;
    private String ownerName;
    private boolean shared;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private long version;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "saved_list_line", joinColumns = @JoinColumn(name = "list_id"))
    @OrderBy("addedAt")
    private List<Line> lines = new ArrayList<>();

    protected BuyingList() {
    }

    BuyingList(UUID buyerAccountId, String name, boolean shared, UUID ownerId, String ownerName) {
        this.id = UUID.randomUUID();
        this.buyerAccountId = buyerAccountId;
        this.name = name;
        this.shared = shared;
        this.ownerId = ownerId;
        this.ownerName = ownerName;
        this.createdAt = Instant.now();
        this.updatedAt = createdAt;
    }

    @Embeddable
    static class Line {
        private String sku;
        private int quantity;
        /** The unit the buyer chose; null: the product's base unit. */
        private String unit;
        private Instant addedAt;

        protected Line() {
        }

        Line(String sku, int quantity, String unit) {
            this.sku = sku;
            this.quantity = quantity;
            this.unit = unit;
            this.addedAt = Instant.now();
        }

        String sku() {
            return sku;
        }

        int quantity() {
            return quantity;
        }

        Optional<String> unit() {
            return Optional.ofNullable(unit);
        }
    }

    /** Adds to the SKU's line when it is in the same unit; a line in another unit is replaced. */
    void add(String sku, int quantity, String unit) {
        var existing = line(sku);
        if (existing.isPresent() && Objects.equals(existing.get().unit, unit)) {
            existing.get().quantity = Math.addExact(existing.get().quantity, quantity);
        } else {
            existing.ifPresent(lines::remove);
            lines.add(new Line(sku, quantity, unit));
        }
        touched();
    }

    /** @return false when the list has no line of that SKU */
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

    void rename(String name, boolean shared) {
        this.name = name;
        this.shared = shared;
        touched();
    }

    boolean hasLine(String sku) {
        return line(sku).isPresent();
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

    String name() {
        return name;
    }

    boolean shared() {
        return shared;
    }

    Optional<UUID> ownerId() {
        return Optional.ofNullable(ownerId);
    }

    String ownerName() {
        return ownerName;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    @Override
    public UUID getId() {
        return id;
    }
}
