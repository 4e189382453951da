package dev.feira.ordering.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

import dev.feira.identity.BuyerAccountDirectory;
import dev.feira.identity.BuyerAccountProfile;
import dev.feira.ordering.Carts;
import dev.feira.ordering.MarketplaceCheckout;
import dev.feira.ordering.Orders;
import dev.feira.shared.TenantContext;
import dev.feira.shared.TenantId;
import dev.feira.tenancy.TenantDirectory;
import dev.feira.tenancy.TenantProfile;

/**
 * The marketplace's view of a buyer's carts: each supplier's cart is read and placed inside that
 * supplier's tenant, so every order is that supplier's alone (its numbers, its row-level security,
 * its buyer's conditions) and a refusal at one supplier leaves the others placed.
 */
@Service
class MarketplaceCarts implements MarketplaceCheckout {

    private final TenantDirectory tenants;
    private final BuyerAccountDirectory accounts;
    private final Carts carts;
    private final Orders orders;

    MarketplaceCarts(TenantDirectory tenants, BuyerAccountDirectory accounts, Carts carts, Orders orders) {
        this.tenants = tenants;
        this.accounts = accounts;
        this.carts = carts;
        this.orders = orders;
    }

    @Override
    public List<SupplierCart> carts() {
        var result = new ArrayList<SupplierCart>();
        for (TenantProfile supplier : tenants.all()) {
            TenantContext.callAs(supplier.id(), () -> accounts.ofCaller()).ifPresent(account -> {
                var cart = TenantContext.callAs(supplier.id(), () -> carts.view(account));
                if (!cart.isEmpty()) {
                    result.add(new SupplierCart(supplier, account, cart));
                }
            });
        }
        return result;
    }

    @Override
    public List<Outcome> placeAll(List<TenantId> suppliers, String checkoutKey) {
        var outcomes = new ArrayList<Outcome>();
        for (TenantId id : suppliers) {
            var supplier = tenants.byId(id).orElseThrow(() -> new Orders.CheckoutRefusal("unknown-supplier", "No supplier " + id));
            Optional<BuyerAccountProfile> account = TenantContext.callAs(id, () -> accounts.ofCaller());
            if (account.isEmpty()) {
                outcomes.add(new Outcome(supplier, Optional.empty(), Optional.of(new Orders.CheckoutRefusal("no-account",
                        "You have no account at " + supplier.name(), supplier.name()))));
                continue;
            }
            try {
                // Checkout keys are unique per supplier: the same key places each supplier's order once.
                var order = TenantContext.callAs(id, () -> orders.place(account.get(), checkoutKey));
                outcomes.add(new Outcome(supplier, Optional.of(order), Optional.empty()));
            } catch (Orders.CheckoutRefusal refused) {
                outcomes.add(new Outcome(supplier, Optional.empty(), Optional.of(refused)));
            }
        }
        return outcomes;
    }
}
