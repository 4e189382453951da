package dev.feira.ordering.ui;

import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import dev.feira.identity.CatalogAccess;
import dev.feira.ordering.OrderInboxUpdates;
import dev.feira.ordering.OrderStatus;
import dev.feira.ordering.Orders;
import dev.feira.ordering.PlacedOrder;
import dev.feira.shared.TenantContext;
import dev.feira.tenancy.TenantDirectory;
import dev.feira.tenancy.ui.MainLayout;
import dev.feira.tenancy.ui.SupplierPortalView;

/**
 * The supplier's order inbox: newest first, filtered by status, paged from the database. A
 * submitted order is confirmed or rejected with a reason; the buyer sees the decision.
 */
@Route(value = "catalog/orders", layout = MainLayout.class)
@Menu(title = "nav.order-inbox", order = 2)
@RolesAllowed({"SUPPLIER_ADMIN", "SALES_REP", "PLATFORM_OPERATOR"})
class OrderInboxView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle, SupplierPortalView {

    private final transient Orders orders;
    private final transient TenantDirectory tenants;
    private final transient CatalogAccess access;
    private final transient OrderInboxUpdates inboxUpdates;

    private final transient dev.feira.identity.BuyerAccountDirectory accounts;

    OrderInboxView(Orders orders, TenantDirectory tenants, CatalogAccess access, OrderInboxUpdates inboxUpdates,
                   dev.feira.identity.BuyerAccountDirectory accounts) {
        this.accounts = accounts;
        this.inboxUpdates = inboxUpdates;
        this.orders = orders;
        this.tenants = tenants;
        this.access = access;
    }

    @Override
    public String getPageTitle() {
        return supplierTitle(getTranslation("nav.order-inbox"), tenants);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var supplier = enterDesk(event, tenants, access::mayManage);
        if (supplier.isEmpty() || getComponentCount() > 0) {
            return;
        }
        // The inbox opens on what waits for the supplier: new orders and those the buyer's approvers approved.
        var status = new Select<InboxFilter>();
        status.setId("inbox-status");
        status.setLabel(getTranslation("orders.status"));
        status.setItems(InboxFilter.all());
        status.setItemLabelGenerator(f -> getTranslation(f.label()));
        status.setValue(InboxFilter.NEEDS_ACTION);
        var count = new Span();
        count.setId("inbox-count");
        // A refresh pushed from another thread has no tenant of its own: the page names its supplier.
        var tenant = supplier.get().id();
        var buyers = new java.util.HashMap<java.util.UUID, Optional<dev.feira.identity.BuyerAccountProfile>>();
        var grid = OrderGrid.of(getLocale(), this::getTranslation);
        grid.setId("inbox-grid");
        OrderGrid.addBuyerColumn(grid, id -> buyers.computeIfAbsent(id, account -> TenantContext.callAs(tenant, () -> accounts.byId(account))),
                this::getTranslation);
        grid.setItems(q -> TenantContext.callAs(tenant, () -> orders.inbox(status.getValue().statuses(), q.getPage(), q.getPageSize())).stream()
                        .map(PlacedOrder::asSupplierSees),
                q -> (int) (long) TenantContext.callAs(tenant, () -> orders.countInbox(status.getValue().statuses())));
        var empty = new Span(getTranslation("inbox.empty"));
        empty.setId("inbox-empty");
        Runnable refresh = () -> {
            grid.getDataProvider().refreshAll();
            long shown = TenantContext.callAs(tenant, () -> orders.countInbox(status.getValue().statuses()));
            count.setText(getTranslation("orders.count", shown));
            empty.setVisible(shown == 0);
        };
        status.addValueChangeListener(e -> refresh.run());
        var reason = new TextField(getTranslation("orders.reason"));
        reason.setId("inbox-reason");
        var confirm = new Button(getTranslation("orders.confirm"), e -> move(grid.asSingleSelect().getValue(), OrderStatus.CONFIRMED, reason, refresh));
        confirm.setId("inbox-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var reject = new Button(getTranslation("orders.reject"), e -> move(grid.asSingleSelect().getValue(), OrderStatus.REJECTED, reason, refresh));
        reject.setId("inbox-reject");
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        var actions = new HorizontalLayout(status, count, reason, confirm, reject);
        actions.setAlignItems(Alignment.BASELINE);
        actions.setWrap(true);
        add(new H2(getTranslation("nav.order-inbox")), actions, empty, grid);
        setSizeFull();
        setFlexGrow(1, grid);
        refresh.run();
        // New and moved orders show up while the page is open (server push).
        addAttachListener(attach -> {
            var ui = attach.getUI();
            var stop = inboxUpdates.listen(tenant, () -> ui.access(refresh::run));
            addDetachListener(detach -> stop.run());
        });
    }

    private void move(PlacedOrder order, OrderStatus target, TextField reason, Runnable refresh) {
        if (order == null) {
            Notification.show(getTranslation("orders.pick"));
            return;
        }
        if (target == OrderStatus.REJECTED && reason.isEmpty()) {
            reason.setInvalid(true);
            reason.setErrorMessage(getTranslation("orders.reason.required"));
            return;
        }
        try {
            var moved = orders.move(order.id(), target, reason.getValue());
            Notification.show(getTranslation("orders.moved", moved.number(), getTranslation("orders.status." + moved.status())));
            reason.clear();
            reason.setInvalid(false);
        } catch (Orders.IllegalTransition | dev.feira.catalog.NotEnoughStock
                 | org.springframework.orm.ObjectOptimisticLockingFailureException refused) {
            Notification.show(refused instanceof org.springframework.orm.ObjectOptimisticLockingFailureException
                            ? getTranslation("orders.changed-meanwhile") : refused.getMessage(),
                    6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        refresh.run();
    }
}
