package dev.feira.pricing.internal;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;

import dev.feira.pricing.TradeTerms;
import dev.feira.shared.Money;

/** The supplier's default payment and delivery terms (no account), or one buyer account's. */
@Entity
@Table(name = "trade_terms")
class TradeTermsEntry {

    @Id
    private UUID id;
    @TenantId
    private UUID tenantId;
    private UUID buyerAccountId;
    private String paymentTerms;
    @Enumerated(EnumType.STRING)
    private TradeTerms.Freight freight;
    private int leadTimeDays;
    private BigDecimal freeFreightFrom;

    protected TradeTermsEntry() {
    }

    TradeTermsEntry(UUID buyerAccountId) {
        this.id = UUID.randomUUID();
        this.buyerAccountId = buyerAccountId;
    }

    void define(String paymentTerms, TradeTerms.Freight freight, int leadTimeDays, BigDecimal freeFreightFrom) {
        this.paymentTerms = paymentTerms;
        this.freight = freight;
        this.leadTimeDays = leadTimeDays;
        this.freeFreightFrom = freeFreightFrom;
    }

    UUID buyerAccountId() {
        return buyerAccountId;
    }

    TradeTerms compile(java.util.Currency currency) {
        return new TradeTerms(paymentTerms, freight, leadTimeDays,
                freeFreightFrom == null ? null : new Money(freeFreightFrom, currency));
    }
}
