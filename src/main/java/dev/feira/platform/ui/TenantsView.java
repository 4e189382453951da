package dev.feira.platform.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.EnumSet;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import dev.feira.platform.OperatorAudit;
import dev.feira.platform.TenantOverview;
import dev.feira.platform.TenantOverview.Order;
import dev.feira.platform.TenantOverview.TenantFilter;
import dev.feira.platform.TenantOverview.TenantSummary;
import dev.feira.search.SearchMaintenance;
import dev.feira.tenancy.TenantLifecycle;
import dev.feira.tenancy.TenantStatus;
import dev.feira.tenancy.ui.MainLayout;

/**
 * Operators' list of every supplier tenant, paged lazily (10,000 tenants scroll as fast as ten): status, the last 30
 * days' orders, GMV and active buyers, last activity; searched by name, address or CNPJ, filtered by status, sorted.
 */
@Route(value = "operator/tenants", layout = MainLayout.class)
@Menu(title = "nav.tenants", order = 90)
@RolesAllowed("PLATFORM_OPERATOR")
class TenantsView extends VerticalLayout implements HasDynamicTitle {

    private TenantFilter filter = TenantFilter.all();

    TenantsView(TenantOverview overview, SearchMaintenance search, TenantLifecycle lifecycle, OperatorAudit audit) {
        var locale = getLocale();
        var when = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).withZone(ZoneId.of("America/Sao_Paulo"));
        var grid = new Grid<TenantSummary>();
        grid.setId("tenants-grid");
        CallbackDataProvider<TenantSummary, Void> rows = new CallbackDataProvider<>(
                query -> overview.find(filter, query.getOffset(), query.getLimit()).stream(), query -> overview.count(filter),
                s -> s.tenant().id());
        grid.addComponentColumn(s -> {
            var link = new RouterLink(s.tenant().name(), TenantView.class, new RouteParameters("slug", s.tenant().slug()));
            link.addClassName("tenant-link");
            return link;
        }).setHeader(getTranslation("tenant.name")).setWidth("16em").setFlexGrow(1);
        grid.addComponentColumn(s -> TenantActions.status(s.tenant())).setHeader(getTranslation("tenant.status")).setAutoWidth(true);
        // The actions beside the status they change, in view without scrolling sideways.
        grid.addComponentColumn(s -> TenantActions.suspendOrReactivate(s.tenant(), lifecycle, rows::refreshAll)).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(s -> TenantActions.reindex(s.tenant(), search, audit)).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(s -> s.plan().orElse("—")).setHeader(getTranslation("operator.plan")).setAutoWidth(true);
        grid.addColumn(s -> s.gmv().format(locale)).setHeader(getTranslation("operator.gmv")).setAutoWidth(true)
                .setPartNameGenerator(s -> "numeric");
        grid.addColumn(TenantSummary::orders).setHeader(getTranslation("operator.orders")).setAutoWidth(true);
        grid.addColumn(TenantSummary::activeBuyers).setHeader(getTranslation("operator.active-buyers")).setAutoWidth(true);
        grid.addColumn(s -> s.lastActivity() == null ? "" : when.format(s.lastActivity())).setHeader(getTranslation("operator.last-activity"))
                .setAutoWidth(true);
        grid.addColumn(s -> String.join(", ", s.tenant().hosts())).setHeader(getTranslation("tenant.hosts")).setWidth("14em").setFlexGrow(1);
        grid.setItems(rows);
        grid.setSizeFull();

        var text = new TextField();
        text.setId("tenants-search");
        text.setPlaceholder(getTranslation("operator.tenants.search"));
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setWidth("min(22em, 100%)");
        var statuses = new MultiSelectComboBox<TenantStatus>();
        statuses.setId("tenants-status");
        statuses.setPlaceholder(getTranslation("tenant.status"));
        statuses.setItems(EnumSet.allOf(TenantStatus.class));
        statuses.setItemLabelGenerator(s -> getTranslation("tenant.status." + s));
        var order = new Select<Order>();
        order.setId("tenants-order");
        order.setItems(Order.values());
        order.setItemLabelGenerator(o -> getTranslation("operator.order." + o));
        order.setValue(Order.NAME);
        Runnable apply = () -> {
            filter = new TenantFilter(text.getValue(), Set.copyOf(statuses.getValue()), order.getValue());
            rows.refreshAll();
        };
        text.addValueChangeListener(e -> apply.run());
        statuses.addValueChangeListener(e -> apply.run());
        order.addValueChangeListener(e -> apply.run());

        var reindexAll = new Button(getTranslation("operator.reindex-all"), e -> {
            search.reindexAll();
            audit.record("search.reindex-all", java.util.Optional.empty(), "");
            Notification.show(getTranslation("operator.reindex.started", getTranslation("operator.all-tenants")));
        });
        reindexAll.setId("reindex-all");
        var auditLink = new RouterLink(getTranslation("nav.operator-audit"), OperatorAuditView.class);
        auditLink.setId("operator-audit-link");
        var dashboardLink = new RouterLink(getTranslation("nav.operator-dashboard"), PlatformDashboardView.class);
        var filters = new HorizontalLayout(text, statuses, order, reindexAll, dashboardLink, auditLink);
        filters.setWrap(true);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H2(getTranslation("nav.tenants")), filters, grid);
        setSizeFull();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.tenants") + " · Feira";
    }
}
