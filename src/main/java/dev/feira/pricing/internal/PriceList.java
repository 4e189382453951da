package dev.feira.pricing.internal;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;

/**
 * A price list: general, for one customer category, or for one buyer account (its individual
 * prices), valid between two days, in one currency. Its prices are {@link PriceListEntry} rows.
 */
@Entity
@Table(name = "price_list")
class PriceList {

    @Id
    private UUID id;
    @TenantId
    private UUID tenantId;
    private String code;
    private String name;
    private String currency;
    private String customerCategory;
    private UUID buyerAccountId;
    private int priority;
    private LocalDate validFrom;
    private LocalDate validUntil;

    protected PriceList() {
    }

    PriceList(String code) {
        this.id = UUID.randomUUID();
        this.code = code;
    }

    void define(String name, String currency, String customerCategory, UUID buyerAccountId, int priority, Validity validity) {
        this.name = name;
        this.currency = currency;
        this.customerCategory = customerCategory;
        this.buyerAccountId = buyerAccountId;
        this.priority = priority;
        this.validFrom = validity.from();
        this.validUntil = validity.until();
    }

    UUID id() {
        return id;
    }

    String code() {
        return code;
    }

    String name() {
        return name;
    }

    String currency() {
        return currency;
    }

    String customerCategory() {
        return customerCategory;
    }

    UUID buyerAccountId() {
        return buyerAccountId;
    }

    int priority() {
        return priority;
    }

    Validity validity() {
        return new Validity(validFrom, validUntil);
    }
}
