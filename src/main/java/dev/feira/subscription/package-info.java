/**
 * Subscription: each supplier's subscription to Feira, billed with Stripe Billing — its plan as Stripe Products and
 * Prices (a monthly fee, and a GMV fee metered per order paid outside Stripe with a Billing Meter), a customer and a
 * subscription with the plan's trial from go-live, Stripe's billing events verified and kept once, and dunning (notices,
 * the grace period, suspension, reactivation on payment) through tenancy's lifecycle; the supplier's "Plan and invoices"
 * page.
 * <p>
 * API: {@link dev.feira.subscription.Subscriptions}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "tenancy", "tenancy :: ui", "identity", "platform",
        "ordering"})
package dev.feira.subscription;
