package dev.feira.pricing.internal;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.UUID;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import org.springframework.data.domain.Persistable;

import org.hibernate.annotations.TenantId;

/** One volume tier of one SKU in a price list: from {@code minQuantity} units on, {@code unitPrice}. */
@Entity
@Table(name = "price_list_entry")
class PriceListEntry implements Persistable<PriceListEntry.Key> {

    @Embeddable
    record Key(UUID priceListId, String sku, int minQuantity) implements Serializable {
    }

    @EmbeddedId
    private Key key;
    @TenantId
    private UUID tenantId;
    private BigDecimal unitPrice;
    // The key is assigned, not generated: without this, saving a new tier would first select it.
    @Transient
    private boolean fresh = true;

    protected PriceListEntry() {
    }

    PriceListEntry(UUID priceListId, String sku, int minQuantity, BigDecimal unitPrice) {
        this.key = new Key(priceListId, sku, minQuantity);
        this.unitPrice = unitPrice;
    }

    @Override
    public Key getId() {
        return key;
    }

    @Override
    public boolean isNew() {
        return fresh;
    }

    @PostLoad
    @PostPersist
    void stored() {
        fresh = false;
    }

    void reprice(BigDecimal unitPrice) {
        this.unitPrice = unitPrice;
    }

    Key key() {
        return key;
    }

    BigDecimal unitPrice() {
        return unitPrice;
    }
}
