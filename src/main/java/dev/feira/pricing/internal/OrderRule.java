package dev.feira.pricing.internal;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;

/** A buyer account's or customer category's own minimum lot and/or multiple for a SKU or a product group. */
@Entity
@Table(name = "order_rule")
class OrderRule {

    @Id
    private UUID id;
    @TenantId
    private UUID tenantId;
    private String code;
    private String customerCategory;
    private UUID buyerAccountId;
    private String sku;
    private String productGroup;
    private Integer minLot;
    private Integer orderMultiple;

    protected OrderRule() {
    }

    OrderRule(String code) {
        this.id = UUID.randomUUID();
        this.code = code;
    }

    void define(String customerCategory, UUID buyerAccountId, String sku, String productGroup, Integer minLot,
                Integer orderMultiple) {
        this.customerCategory = customerCategory;
        this.buyerAccountId = buyerAccountId;
        this.sku = sku;
        this.productGroup = productGroup;
        this.minLot = minLot;
        this.orderMultiple = orderMultiple;
    }

    PriceBook.LotRule compile() {
        return new PriceBook.LotRule(code, buyerAccountId, customerCategory, sku, productGroup, minLot, orderMultiple);
    }
}
