package dev.feira.ordering.ui;

import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import dev.feira.identity.BuyerAccountDirectory;
import dev.feira.ordering.Orders;
import dev.feira.ordering.PlacedOrder;
import dev.feira.tenancy.TenantDirectory;
import dev.feira.tenancy.ui.MainLayout;

/** A buyer company's orders at this supplier, newest first, paged from the database; a row opens its lines. */
@Route(value = "orders", layout = MainLayout.class)
@Menu(title = "nav.orders", order = 1.4)
@RolesAllowed({"BUYER_ADMIN", "PURCHASER", "APPROVER"}) // buyer companies' people; the menu hides them from everyone else
class OrdersView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle, BuyerPage {

    private final transient Orders orders;
    private final transient BuyerAccountDirectory accounts;
    private final transient TenantDirectory tenants;

    OrdersView(Orders orders, BuyerAccountDirectory accounts, TenantDirectory tenants) {
        this.orders = orders;
        this.accounts = accounts;
        this.tenants = tenants;
    }

    @Override
    public String getPageTitle() {
        return supplierTitle(getTranslation("nav.orders"), tenants);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var buyer = enterAsBuyer(event, tenants, accounts);
        if (buyer.isEmpty()) {
            return;
        }
        removeAll();
        var grid = OrderGrid.of(getLocale(), this::getTranslation);
        grid.setId("orders-grid");
        grid.setItems(q -> orders.ofBuyer(buyer.get(), java.util.Optional.empty(), q.getPage(), q.getPageSize()).stream(),
                q -> (int) orders.countOfBuyer(buyer.get(), java.util.Optional.empty()));
        grid.setEmptyStateText(getTranslation("orders.empty"));
        add(new H2(getTranslation("nav.orders")), grid);
        setSizeFull();
        setFlexGrow(1, grid);
    }
}
