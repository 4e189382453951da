package dev.feira.recovery.ui;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import dev.feira.identity.CatalogAccess;
import dev.feira.recovery.RecoveryAlerts;
import dev.feira.recovery.RecoveryAlerts.Alert;
import dev.feira.recovery.RecoveryAlerts.Channel;
import dev.feira.tenancy.TenantDirectory;
import dev.feira.tenancy.ui.MainLayout;
import dev.feira.tenancy.ui.SupplierPortalView;

/**
 * The rep's call list: the calls recovery rules asked for and nobody made yet, the earliest due
 * first, late ones marked. Logging the call here (with what was said) takes it off the list and
 * counts as the alert's first contact.
 */
@Route(value = "recovery/calls", layout = MainLayout.class)
@Menu(title = "nav.recovery-calls", order = 3.1)
@RolesAllowed({"SUPPLIER_ADMIN", "SALES_REP"})
class RecoveryCallsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle, SupplierPortalView {

    private final transient RecoveryAlerts alerts;
    private final transient TenantDirectory tenants;
    private final transient CatalogAccess access;
    private final transient Clock clock;
    private final Grid<Alert> grid = new Grid<>();
    private final Span count = new Span();

    RecoveryCallsView(RecoveryAlerts alerts, TenantDirectory tenants, CatalogAccess access, Clock clock) {
        this.alerts = alerts;
        this.tenants = tenants;
        this.access = access;
        this.clock = clock;
    }

    @Override
    public String getPageTitle() {
        return supplierTitle(getTranslation("nav.recovery-calls"), tenants);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var supplier = enterDesk(event, tenants, access::mayManage);
        if (supplier.isEmpty() || getComponentCount() > 0) {
            return;
        }
        var locale = getLocale();
        var when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(locale).withZone(ZoneId.of("America/Sao_Paulo"));
        grid.setId("calls-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addComponentColumn(this::due).setHeader(getTranslation("recovery.calls.due")).setAutoWidth(true);
        grid.addColumn(a -> when.format(a.callDueAt().orElseThrow())).setHeader(getTranslation("recovery.calls.when")).setAutoWidth(true);
        grid.addColumn(Alert::buyerName).setHeader(getTranslation("recovery.buyer")).setFlexGrow(2).setWidth("16em");
        grid.addColumn(Alert::accountNumber).setHeader(getTranslation("recovery.account")).setAutoWidth(true);
        grid.addColumn(a -> a.value().format(locale)).setHeader(getTranslation("recovery.value")).setAutoWidth(true);
        grid.addColumn(a -> RecoveryText.duration(a.idleFor(clock.instant()), this::getTranslation))
                .setHeader(getTranslation("recovery.idle")).setAutoWidth(true);
        grid.addColumn(Alert::rule).setHeader(getTranslation("recovery.rule")).setFlexGrow(2).setWidth("14em");
        grid.addColumn(a -> a.salesRepName().orElse("—")).setHeader(getTranslation("recovery.rep")).setAutoWidth(true);
        grid.addComponentColumn(this::logCallButton).setAutoWidth(true).setFlexGrow(0).setFrozenToEnd(true);
        grid.setItems(q -> alerts.callsToMake(q.getOffset(), q.getLimit()).stream(), q -> (int) alerts.countCallsToMake());
        grid.addItemClickListener(click -> UI.getCurrent().navigate("recovery/alerts/" + click.getItem().id()));
        grid.setEmptyStateText(getTranslation("recovery.calls.empty"));
        count.setId("calls-count");
        add(new H2(getTranslation("nav.recovery-calls")), count, grid);
        setSizeFull();
        setFlexGrow(1, grid);
        refresh();

        // Calls raised while the list is open appear in it (the inbox toasts them).
        RecoveryText.onNewAlerts(this, supplier.get().id(), alerts, arrived -> refresh());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        count.setText(getTranslation("recovery.calls.count", alerts.countCallsToMake()));
    }

    /** Due in 3 h, or 5 h late. */
    private Span due(Alert alert) {
        var now = clock.instant();
        var due = alert.callDueAt().orElseThrow();
        var span = new Span(due.isAfter(now) ? getTranslation("recovery.calls.in", RecoveryText.duration(Duration.between(now, due), this::getTranslation))
                : getTranslation("recovery.late", RecoveryText.duration(Duration.between(due, now), this::getTranslation)));
        span.getElement().getThemeList().add(due.isAfter(now) ? "badge" : "badge error");
        return span;
    }

    private Component logCallButton(Alert alert) {
        var button = new Button(getTranslation("recovery.calls.log"), VaadinIcon.PHONE.create(), click -> logCall(alert));
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        button.setId("call-" + alert.id());
        return button;
    }

    private void logCall(Alert alert) {
        var dialog = new Dialog();
        dialog.setId("call-dialog");
        dialog.setHeaderTitle(getTranslation("recovery.calls.log-title", alert.buyerName(), alert.value().format(getLocale())));
        var note = new TextArea(getTranslation("recovery.note"));
        note.setId("call-note");
        note.setWidth("30em");
        note.setMaxLength(500);
        var save = new Button(getTranslation("recovery.calls.save"), click -> {
            alerts.logContact(alert.id(), Channel.CALL, note.getValue());
            dialog.close();
            refresh();
            Notification.show(getTranslation("recovery.calls.logged", alert.buyerName()), 4000, Notification.Position.BOTTOM_START);
        });
        save.setId("call-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(note);
        dialog.getFooter().add(new Button(getTranslation("recovery.calls.cancel"), click -> dialog.close()), save);
        dialog.open();
        note.focus();
    }
}
