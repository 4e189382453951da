package dev.feira.subscription;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import dev.feira.shared.Money;

/**
 * The current supplier's subscription to Feira, for its admins (on its host): plan, where it stands, this month's
 * usage, invoices with their PDFs, and the way to Stripe's customer portal for the payment method.
 */
public interface Subscriptions {

    /** Whether the platform bills through Stripe (a platform key is configured). */
    boolean billingConfigured();

    /** @throws org.springframework.security.access.AccessDeniedException for anybody but the supplier's admins */
    Optional<Subscription> current();

    /** @throws org.springframework.security.access.AccessDeniedException as {@link #current} */
    List<Invoice> invoices();

    /** Any supplier's subscription, for operators. @throws org.springframework.security.access.AccessDeniedException otherwise */
    Optional<Subscription> of(dev.feira.shared.TenantId supplier);

    /** Any supplier's invoices, for operators. */
    List<Invoice> invoicesOf(dev.feira.shared.TenantId supplier);

    /** A fresh session of Stripe's customer portal (payment method, billing details), returning to {@code returnUrl}. */
    String customerPortal(String returnUrl);

    /**
     * @param status        Stripe's: trialing, active, past_due, unpaid, canceled…
     * @param invoicedMonth what buyers ordered this month paying outside Stripe (the GMV fee's base)
     * @param gmvFeeMonth   the plan's fee on it so far
     */
    record Subscription(String plan, String status, Optional<Instant> trialEndsAt, Optional<Instant> pastDueSince, Money monthlyFee,
                        java.math.BigDecimal gmvFeePercent, Money invoicedMonth, Money gmvFeeMonth) {
    }

    record Invoice(String number, Instant created, Money total, String status, Optional<String> pdf, Optional<String> page) {
    }
}
