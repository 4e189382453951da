package dev.feira.pricing.internal;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;

import dev.feira.pricing.Assortment;

/** A supplier's assortment for one buyer account or one customer category. */
@Entity
@Table(name = "assortment")
class AssortmentDefinition {

    @Id
    private UUID id;
    @TenantId
    private UUID tenantId;
    private String code;
    private String name;
    private String customerCategory;
    private UUID buyerAccountId;
    // Element rows carry tenant_id too: the database fills it from the transaction's tenant (see pricing.sql).
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "assortment_group", joinColumns = @JoinColumn(name = "assortment_id"))
    @Column(name = "product_group")
    private Set<String> productGroups = new HashSet<>();
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "assortment_sku", joinColumns = @JoinColumn(name = "assortment_id"))
    @Column(name = "sku")
    private Set<String> skus = new HashSet<>();

    protected AssortmentDefinition() {
    }

    AssortmentDefinition(String code) {
        this.id = UUID.randomUUID();
        this.code = code;
    }

    void define(String name, String customerCategory, UUID buyerAccountId, Set<String> productGroups, Set<String> skus) {
        this.name = name;
        this.customerCategory = customerCategory;
        this.buyerAccountId = buyerAccountId;
        if (!this.productGroups.equals(productGroups)) {
            this.productGroups.clear();
            this.productGroups.addAll(productGroups);
        }
        if (!this.skus.equals(skus)) {
            this.skus.clear();
            this.skus.addAll(skus);
        }
    }

    String customerCategory() {
        return customerCategory;
    }

    UUID buyerAccountId() {
        return buyerAccountId;
    }

    Assortment compile() {
        return new Assortment(code, name, productGroups, skus);
    }
}
