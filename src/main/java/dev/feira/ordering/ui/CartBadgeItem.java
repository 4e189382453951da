package dev.feira.ordering.ui;

import java.util.Optional;

import com.vaadin.flow.component.Component;

import dev.feira.identity.BuyerAccountDirectory;
import dev.feira.ordering.Carts;
import dev.feira.tenancy.TenantDirectory;
import dev.feira.tenancy.ui.NavbarItem;

/** In the top bar of a buyer company's people at a supplier: their cart, with how many lines it holds. */
@org.springframework.stereotype.Component
@org.springframework.core.annotation.Order(10)
class CartBadgeItem implements NavbarItem {

    private final Carts carts;
    private final BuyerAccountDirectory accounts;
    private final TenantDirectory tenants;

    CartBadgeItem(Carts carts, BuyerAccountDirectory accounts, TenantDirectory tenants) {
        this.carts = carts;
        this.accounts = accounts;
        this.tenants = tenants;
    }

    @Override
    public Optional<Component> create() {
        if (tenants.current().isEmpty()) {
            return Optional.empty(); // the marketplace's host has its own page of carts
        }
        return accounts.ofCaller().map(buyer -> new CartBadge(carts.lineCount(buyer)));
    }
}
