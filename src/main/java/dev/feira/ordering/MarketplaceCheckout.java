package dev.feira.ordering;

import java.util.List;
import java.util.Optional;

import dev.feira.identity.BuyerAccountProfile;
import dev.feira.shared.TenantId;
import dev.feira.tenancy.TenantProfile;

/**
 * The signed-in buyer's carts at every supplier their company buys from, checked out together
 * from the marketplace: one order per supplier, each at that supplier's conditions.
 */
public interface MarketplaceCheckout {

    /** The company's carts with lines, supplier by supplier (each viewed, so re-checked and re-priced). */
    List<SupplierCart> carts();

    /**
     * Places the carts at the suppliers named, each on its own: one supplier refusing (a line no
     * longer available, a limit) does not stop the others. The same {@code checkoutKey} again
     * answers the orders already placed.
     */
    List<Outcome> placeAll(List<TenantId> suppliers, String checkoutKey);

    record SupplierCart(TenantProfile supplier, BuyerAccountProfile account, PricedCart cart) {
    }

    record Outcome(TenantProfile supplier, Optional<PlacedOrder> order, Optional<dev.feira.shared.TranslatedRefusal> refusal) {
    }
}
