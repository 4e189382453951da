package dev.feira.ordering.ui;

import java.util.Optional;

import com.vaadin.flow.router.BeforeEnterEvent;

import dev.feira.identity.BuyerAccountDirectory;
import dev.feira.identity.BuyerAccountProfile;
import dev.feira.tenancy.TenantDirectory;
import dev.feira.tenancy.ui.SupplierPortalView;

/** A page of a buyer company at the current supplier (its cart, orders, approvals, team). */
interface BuyerPage extends SupplierPortalView {

    /** The visitor's buyer account here; without one the visitor is sent to the catalog. */
    default Optional<BuyerAccountProfile> enterAsBuyer(BeforeEnterEvent event, TenantDirectory tenants, BuyerAccountDirectory accounts) {
        var buyer = tenants.current().flatMap(t -> accounts.ofCaller());
        if (buyer.isEmpty()) {
            event.forwardTo("catalog"); // carts, orders and approvals belong to buyer companies with an account here
        }
        return buyer;
    }
}
