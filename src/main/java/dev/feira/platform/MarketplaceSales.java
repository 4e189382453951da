package dev.feira.platform;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import dev.feira.shared.Money;
import dev.feira.shared.TenantId;

/**
 * The marketplace's turnover as the platform counts it, per order (what plans' GMV fees are charged on). No caller
 * check: it holds amounts only, and is read by platform billing.
 */
public interface MarketplaceSales {

    Optional<Sale> sale(UUID order);

    /** What a supplier's buyers ordered since a moment and pay outside Stripe (orders neither rejected nor cancelled). */
    Money invoicedSince(TenantId supplier, Instant from);

    /** @param card paid by card through Stripe (the Connect application fee applies instead of the plan's GMV fee) */
    record Sale(UUID order, TenantId supplier, Money total, boolean card, Instant placedAt, boolean voided) {
    }
}
