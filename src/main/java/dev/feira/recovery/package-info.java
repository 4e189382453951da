/**
 * Recovery: a supplier's abandonment rules watch its buyers' carts — idle for days, over a value,
 * checkout started and left, waiting for approval too long, the buyer not signing in — and raise
 * alerts to the account's sales rep at once, with a call task, an e-mail in the rep's name, a
 * progressive discount or an escalation to the sales manager. The rep follows up (contacts,
 * reminders, outcome); an order from the cart is counted as recovered.
 * <p>
 * It only listens: to ordering's {@link dev.feira.ordering.CartActivity} and
 * {@link dev.feira.ordering.OrderPlaced}, and identity's {@link dev.feira.identity.BuyerSignedIn}.
 * API: {@link dev.feira.recovery.AbandonmentRules}, {@link dev.feira.recovery.RecoveryAlerts},
 * the event {@link dev.feira.recovery.RecoveryAlertsRaised}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "tenancy", "tenancy :: ui", "identity", "identity :: ui", "ordering",
        "notification", "pricing", "catalog", "webhooks", "rfq"})
package dev.feira.recovery;
