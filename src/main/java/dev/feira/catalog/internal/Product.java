package dev.feira.catalog.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.BatchSize;
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
    private String ncm;
    private BigDecimal ipiRate;
    /** The sum of {@link #stockByWarehouse}, kept here for search and lists. */
    private int stock;
    @ElementCollection
    @CollectionTable(name = "stock_level", joinColumns = @JoinColumn(name = "product_id"))
    @MapKeyColumn(name = "warehouse")
    @Column(name = "quantity")
    @BatchSize(size = 500) // imports read every product's levels
    private Map<String, Integer> stockByWarehouse = new HashMap<>();
    @ElementCollection
    @CollectionTable(name = "product_unit", joinColumns = @JoinColumn(name = "product_id"))
    @MapKeyColumn(name = "code")
    @Column(name = "quantity")
    @BatchSize(size = 500)
    private Map<String, Integer> units = new HashMap<>();
    @ElementCollection
    @CollectionTable(name = "product_attribute", joinColumns = @JoinColumn(name = "product_id"))
    @MapKeyColumn(name = "name")
    @Column(name = "value")
    @BatchSize(size = 500)
    private Map<String, String> attributes = new HashMap<>();
    private Instant createdAt = Instant.now();
    private Instant updatedAt = Instant.now();

    protected Product() {
    }

    Product(String sku) {
        this.id = UUID.randomUUID();
        this.sku = sku;
    }

    /**
     * Applies the snapshot's values except stock, which is held per warehouse; answers whether
     * anything changed.
     */
    boolean apply(ProductSnapshot values) {
        if (values.withStock(stock).equals(toSnapshot())) {
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
        this.ncm = values.ncm();
        this.ipiRate = values.ipiRate();
        replace(units, values.units());
        replace(attributes, values.attributes());
        this.updatedAt = Instant.now();
        return true;
    }

    /** Changes only what differs, so Hibernate writes only those rows. */
    private static <V> void replace(Map<String, V> current, Map<String, V> wanted) {
        current.keySet().retainAll(wanted.keySet());
        wanted.forEach((key, value) -> {
            if (!value.equals(current.get(key))) {
                current.put(key, value);
            }
        });
    }

    /** Sets the level held in one warehouse; answers whether it changed. */
    boolean changeStock(String warehouse, int level) {
        if (level < 0) {
            throw new IllegalArgumentException("Stock cannot be negative: " + level);
        }
        if (level == stockIn(warehouse)) { // no level is stored as zero
            return false;
        }
        if (level == 0) {
            stockByWarehouse.remove(warehouse);
        } else {
            stockByWarehouse.put(warehouse, level);
        }
        this.stock = stockByWarehouse.values().stream().mapToInt(Integer::intValue).sum();
        this.updatedAt = Instant.now();
        return true;
    }

    /** Takes {@code quantity} from the warehouses, {@code main} first, then by code; the caller checked the total. */
    void take(int quantity, String main) {
        if (quantity > stock) {
            throw new IllegalStateException(sku + " has " + stock + ", cannot take " + quantity);
        }
        int left = quantity;
        var order = new java.util.ArrayList<>(new java.util.TreeSet<>(stockByWarehouse.keySet()));
        if (order.remove(main)) {
            order.addFirst(main);
        }
        for (String warehouse : order) {
            int taken = Math.min(left, stockIn(warehouse));
            changeStock(warehouse, stockIn(warehouse) - taken);
            left -= taken;
            if (left == 0) {
                return;
            }
        }
    }

    int stockIn(String warehouse) {
        return stockByWarehouse.getOrDefault(warehouse, 0);
    }

    /** Levels by warehouse code; warehouses holding none are left out. */
    Map<String, Integer> stockByWarehouse() {
        return Map.copyOf(stockByWarehouse);
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
                minOrderQuantity, orderMultiple, listPrice == null ? null : listPrice.stripTrailingZeros(), stock, attributes, units,
                ncm, ipiRate);
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
