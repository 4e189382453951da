package dev.feira.pricing.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;

/** A percentage off for an account, a customer category or everyone, optionally for a product group only. */
@Entity
@Table(name = "discount_rule")
class DiscountRule {

    @Id
    private UUID id;
    @TenantId
    private UUID tenantId;
    private String code;
    private String name;
    private String customerCategory;
    private UUID buyerAccountId;
    private String productGroup;
    private BigDecimal percent;
    private LocalDate validFrom;
    private LocalDate validUntil;

    protected DiscountRule() {
    }

    DiscountRule(String code) {
        this.id = UUID.randomUUID();
        this.code = code;
    }

    void define(String name, String customerCategory, UUID buyerAccountId, String productGroup, BigDecimal percent,
                Validity validity) {
        this.name = name;
        this.customerCategory = customerCategory;
        this.buyerAccountId = buyerAccountId;
        this.productGroup = productGroup;
        this.percent = percent;
        this.validFrom = validity.from();
        this.validUntil = validity.until();
    }

    String code() {
        return code;
    }

    PriceBook.Discount compile() {
        return new PriceBook.Discount(code, name, buyerAccountId, customerCategory, productGroup, percent,
                new Validity(validFrom, validUntil));
    }
}
