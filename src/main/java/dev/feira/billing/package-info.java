/**
 * Billing: card payments with Stripe on each supplier's connected account (Stripe Connect), the
 * platform's application fee, refunds when a supplier declines what was paid for, and Stripe's
 * signed webhooks — each event stored once — moving orders to paid.
 * <p>
 * API: {@link dev.feira.billing.SupplierPayments} (a supplier's Stripe account),
 * {@link dev.feira.billing.CardCheckout} (what the buyer's payment page needs). Implements
 * {@link dev.feira.ordering.CardPayments} for ordering.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "tenancy", "tenancy :: ui", "identity", "ordering",
        "pricing"})
package dev.feira.billing;
