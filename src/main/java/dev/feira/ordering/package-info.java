/**
 * Ordering: a buyer company's cart at each supplier (kept on the server, shared by its
 * colleagues), every line checked and priced at the buyer's own conditions; later orders and
 * approvals.
 * <p>
 * API: {@link dev.feira.ordering.Carts}, {@link dev.feira.ordering.PricedCart},
 * {@link dev.feira.ordering.CartActivity} — the cart's life, which the recovery module watches.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "tenancy", "tenancy :: ui", "identity",
        "catalog", "pricing", "pricing :: ui", "webhooks", "taxation"})
package dev.feira.ordering;
