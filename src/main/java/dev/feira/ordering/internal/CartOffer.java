package dev.feira.ordering.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;

import dev.feira.ordering.CartOffers;
import dev.feira.shared.persistence.AssignedIdentity;

/** The supplier's standing discount offer on one cart (at most one per cart). */
@Entity
@Table(name = "cart_offer")
class CartOffer extends AssignedIdentity<UUID> {

    @Id
    private UUID cartId;
    @TenantId
    private UUID tenantId;
    private BigDecimal percentPerDay;
    private BigDecimal capPercent;
    private Instant growingSince;
    private Instant expiresAt;
    private Instant offeredAt;
    private String reference;

    protected CartOffer() {
    }

    CartOffer(UUID cartId) {
        this.cartId = cartId;
    }

    void offer(CartOffers.Terms terms, Instant now) {
        percentPerDay = terms.percentPerDay();
        capPercent = terms.capPercent();
        growingSince = terms.growingSince();
        expiresAt = terms.expiresAt();
        reference = terms.reference();
        offeredAt = now;
    }

    CartOffers.Terms terms() {
        return new CartOffers.Terms(percentPerDay, capPercent, growingSince, expiresAt, reference);
    }

    @Override
    public UUID getId() {
        return cartId;
    }
}
