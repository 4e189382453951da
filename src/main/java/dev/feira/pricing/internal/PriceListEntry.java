package dev.feira.pricing.internal;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.UUID;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;


import org.hibernate.annotations.TenantId;

import dev.feira.shared.persistence.AssignedIdentity;

/** One volume tier of one SKU in a price list: from {@code minQuantity} units on, {@code unitPrice}. */
@Entity
@Table(name = "price_list_entry")
class PriceListEntry extends AssignedIdentity<PriceListEntry.Key> {

    @Embeddable
    record Key(UUID priceListId, String sku, int minQuantity) implements Serializable {
    }

    @EmbeddedId
    private Key key;
    @TenantId
    private UUID tenantId;
    private BigDecimal unitPrice;

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
