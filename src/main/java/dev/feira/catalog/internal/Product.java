package dev.feira.catalog.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;

import dev.feira.shared.persistence.AssignedIdentity;

import dev.feira.catalog.ProductSnapshot;

@Entity
@Table(name = "product")
class Product extends AssignedIdentity<UUID> {

    @Id
    private UUID id;
    @TenantId
    private UUID tenantId;
    private String sku;
    private String gtin;
    private String mpn;
    private String name;
    private String description;
    private String brand;
    private String category;
    private String unit;
    private int packSize;
    @Column(name = "min_order_qty")
    private int minOrderQuantity;
    private int orderMultiple;
    private BigDecimal listPrice;
    private int stock;
    private Instant createdAt = Instant.now();
    private Instant updatedAt = Instant.now();

    protected Product() {
    }

    Product(String sku) {
        this.id = UUID.randomUUID();
        this.sku = sku;
    }

    /** Applies the snapshot's values; answers whether anything changed. */
    boolean apply(ProductSnapshot values) {
        if (values.equals(toSnapshot())) {
            return false;
        }
        this.gtin = values.gtin();
        this.mpn = values.mpn();
        this.name = values.name();
        this.description = values.description();
        this.brand = values.brand();
        this.category = values.category();
        this.unit = values.unit();
        this.packSize = values.packSize();
        this.minOrderQuantity = values.minOrderQuantity();
        this.orderMultiple = values.orderMultiple();
        this.listPrice = values.listPrice();
        this.stock = values.stock();
        this.updatedAt = Instant.now();
        return true;
    }

    /** Answers whether the level changed. */
    boolean changeStock(int level) {
        if (level < 0) {
            throw new IllegalArgumentException("Stock cannot be negative: " + level);
        }
        if (level == stock) {
            return false;
        }
        this.stock = level;
        this.updatedAt = Instant.now();
        return true;
    }

    @Override
    public UUID getId() {
        return id;
    }

    String sku() {
        return sku;
    }

    UUID tenantId() {
        return tenantId;
    }

    ProductSnapshot toSnapshot() {
        return new ProductSnapshot(sku, gtin, mpn, name, description, brand, category, unit, packSize,
                minOrderQuantity, orderMultiple, listPrice == null ? null : listPrice.stripTrailingZeros(), stock);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Product other && Objects.equals(id, other.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
