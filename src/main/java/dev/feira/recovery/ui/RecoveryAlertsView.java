package dev.feira.recovery.ui;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import dev.feira.identity.CatalogAccess;
import dev.feira.recovery.RecoveryAlerts;
import dev.feira.recovery.RecoveryAlerts.Alert;
import dev.feira.recovery.RecoveryAlerts.Status;
import dev.feira.tenancy.TenantDirectory;
import dev.feira.tenancy.ui.MainLayout;
import dev.feira.tenancy.ui.PhoneWidth;
import dev.feira.tenancy.ui.SupplierPortalView;

/**
 * The rep's recovery inbox: carts to follow up, newest first, with value, items, idle time, the
 * suggested action and the response timer. New alerts appear while the page is open (server push),
 * with a toast. A sales manager sees the whole team's, with each alert's rep.
 */
@Route(value = "recovery/alerts", layout = MainLayout.class)
@Menu(title = "nav.recovery-alerts", order = 3)
@RolesAllowed({"SUPPLIER_ADMIN", "SALES_REP"})
class RecoveryAlertsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle, SupplierPortalView {

    /** What the filter offers: the open ones (to work on), the closed ones, or all. */
    enum Filter {
        OPEN(EnumSet.of(Status.OPEN, Status.ACKNOWLEDGED)), RECOVERED(EnumSet.of(Status.RECOVERED)), LOST(EnumSet.of(Status.LOST)),
        CLOSED(EnumSet.of(Status.CLOSED)), ALL(EnumSet.allOf(Status.class));

        final Set<Status> statuses;

        Filter(Set<Status> statuses) {
            this.statuses = statuses;
        }
    }

    private final transient RecoveryAlerts alerts;
    private final transient TenantDirectory tenants;
    private final transient CatalogAccess access;
    private final transient Clock clock;

    RecoveryAlertsView(RecoveryAlerts alerts, TenantDirectory tenants, CatalogAccess access, Clock clock) {
        this.alerts = alerts;
        this.tenants = tenants;
        this.access = access;
        this.clock = clock;
    }

    @Override
    public String getPageTitle() {
        return supplierTitle(getTranslation("nav.recovery-alerts"), tenants);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var supplier = enterDesk(event, tenants, access::mayManage);
        if (supplier.isEmpty() || getComponentCount() > 0) {
            return;
        }
        var locale = getLocale();
        var filter = new Select<Filter>();
        filter.setId("alerts-filter");
        filter.setLabel(getTranslation("recovery.filter"));
        filter.setItems(Filter.values());
        filter.setItemLabelGenerator(f -> getTranslation("recovery.filter." + f));
        filter.setValue(Filter.OPEN);
        var count = new Span();
        count.setId("alerts-count");
        var overdue = new Span();
        overdue.setId("alerts-overdue");
        overdue.getElement().getThemeList().add("badge error");

        var grid = new Grid<Alert>();
        grid.setId("alerts-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        var raised = grid.addColumn(a -> RecoveryText.ago(a.raisedAt(), clock.instant(), this::getTranslation))
                .setHeader(getTranslation("recovery.raised")).setAutoWidth(true);
        var buyer = grid.addColumn(this::buyer).setHeader(getTranslation("recovery.buyer")).setFlexGrow(2).setWidth("16em");
        var value = grid.addColumn(a -> a.value().format(locale)).setHeader(getTranslation("recovery.value")).setAutoWidth(true);
        var items = grid.addColumn(Alert::lines).setHeader(getTranslation("recovery.items")).setAutoWidth(true);
        var idle = grid.addColumn(a -> RecoveryText.duration(a.idleFor(clock.instant()), this::getTranslation))
                .setHeader(getTranslation("recovery.idle")).setAutoWidth(true);
        var rule = grid.addColumn(Alert::rule).setHeader(getTranslation("recovery.rule")).setFlexGrow(2).setWidth("16em");
        var suggested = grid.addColumn(a -> getTranslation("recovery.action." + a.suggestedAction()))
                .setHeader(getTranslation("recovery.suggested")).setAutoWidth(true);
        var respondBy = grid.addComponentColumn(a -> RecoveryText.timer(a, clock.instant(), this::getTranslation))
                .setHeader(getTranslation("recovery.respond-by")).setAutoWidth(true);
        var status = grid.addColumn(a -> getTranslation("recovery.status." + a.status())).setHeader(getTranslation("recovery.status"))
                .setAutoWidth(true);
        var rep = grid.addColumn(a -> a.salesRepName().orElse("—")).setHeader(getTranslation("recovery.rep")).setAutoWidth(true);
        // A phone gets one card per alert: who, how much, what to do and by when.
        var card = grid.addComponentColumn(a -> card(a, locale)).setHeader(getTranslation("nav.recovery-alerts"));
        PhoneWidth.cardsOnPhones(grid, card, raised, buyer, value, items, idle, rule, suggested, respondBy, status, rep);
        grid.setItems(q -> alerts.visible(filter.getValue().statuses, q.getOffset(), q.getLimit()).stream(),
                q -> (int) alerts.countVisible(filter.getValue().statuses));
        grid.addItemClickListener(click -> UI.getCurrent().navigate("recovery/alerts/" + click.getItem().id()));
        grid.setEmptyStateText(getTranslation("recovery.alerts.empty"));

        Runnable refresh = () -> {
            grid.getDataProvider().refreshAll();
            count.setText(getTranslation("recovery.count", alerts.countVisible(filter.getValue().statuses)));
            long late = alerts.overdue();
            overdue.setText(getTranslation("recovery.overdue", late));
            overdue.setVisible(late > 0);
        };
        filter.addValueChangeListener(e -> refresh.run());
        var bar = new HorizontalLayout(filter, count, overdue);
        bar.setAlignItems(Alignment.BASELINE);
        add(new H2(getTranslation("nav.recovery-alerts")), bar, grid);
        setSizeFull();
        setFlexGrow(1, grid);
        refresh.run();

        // New alerts while the page is open, from whichever instance raised them.
        RecoveryText.onNewAlerts(this, supplier.get().id(), alerts, arrived -> {
            refresh.run();
            var toast = Notification.show(getTranslation("recovery.new", arrived), 8000, Notification.Position.TOP_END);
            toast.addThemeVariants(NotificationVariant.LUMO_WARNING);
            toast.setId("alerts-toast");
        });
    }

    private String buyer(Alert alert) {
        return alert.quoteRfq().map(rfq -> getTranslation("recovery.quote-alert", rfq) + " · ").orElse("") + alert.buyerName();
    }

    private Div card(Alert alert, java.util.Locale locale) {
        var who = new Div(new Span(buyer(alert)));
        who.addClassName("product-name");
        var what = new Div(new Span(alert.value().format(locale) + " · " + getTranslation("recovery.action." + alert.suggestedAction())));
        what.addClassName("product-meta");
        var when = new Div(RecoveryText.timer(alert, clock.instant(), this::getTranslation));
        var card = new Div(who, what, when);
        card.addClassName("alert-card");
        return card;
    }
}
