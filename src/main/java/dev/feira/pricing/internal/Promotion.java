package dev.feira.pricing.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;

import dev.feira.pricing.internal.PriceBook.PromotionKind;

/**
 * A time-boxed promotion on one SKU or a product group: a percentage off, a fixed price, or
 * "buy N, get M free"; for everyone, a customer category, or a pilot group of accounts.
 */
@Entity
@Table(name = "promotion")
class Promotion {

    @Id
    private UUID id;
    @TenantId
    private UUID tenantId;
    private String code;
    private String name;
    @Enumerated(EnumType.STRING)
    private PromotionKind kind;
    private String sku;
    private String productGroup;
    private BigDecimal percent;
    private BigDecimal fixedPrice;
    private int minQuantity = 1;
    private Integer bonusBuy;
    private Integer bonusFree;
    private String customerCategory;
    private LocalDate validFrom;
    private LocalDate validUntil;
    // Pilot rows carry tenant_id too: the database fills it from the transaction's tenant (see pricing.sql).
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "promotion_pilot_account", joinColumns = @JoinColumn(name = "promotion_id"))
    @Column(name = "buyer_account_id")
    private Set<UUID> pilotAccounts = new HashSet<>();

    protected Promotion() {
    }

    Promotion(String code) {
        this.id = UUID.randomUUID();
        this.code = code;
    }

    record Definition(String name, PromotionKind kind, String sku, String productGroup, BigDecimal percent,
                      BigDecimal fixedPrice, int minQuantity, Integer bonusBuy, Integer bonusFree,
                      String customerCategory, Set<UUID> pilotAccounts, Validity validity) {
    }

    void define(Definition d) {
        this.name = d.name();
        this.kind = d.kind();
        this.sku = d.sku();
        this.productGroup = d.productGroup();
        this.percent = d.percent();
        this.fixedPrice = d.fixedPrice();
        this.minQuantity = d.minQuantity();
        this.bonusBuy = d.bonusBuy();
        this.bonusFree = d.bonusFree();
        this.customerCategory = d.customerCategory();
        this.pilotAccounts.clear();
        this.pilotAccounts.addAll(d.pilotAccounts());
        this.validFrom = d.validity().from();
        this.validUntil = d.validity().until();
    }

    String code() {
        return code;
    }

    PriceBook.Promotion compile() {
        return new PriceBook.Promotion(code, name, kind, sku, productGroup, percent, fixedPrice, minQuantity,
                bonusBuy == null ? 0 : bonusBuy, bonusFree == null ? 0 : bonusFree,
                new PriceBook.Audience(Set.copyOf(pilotAccounts), customerCategory), new Validity(validFrom, validUntil));
    }
}
