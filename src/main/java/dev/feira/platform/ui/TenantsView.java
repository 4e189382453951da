package dev.feira.platform.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import dev.feira.search.SearchMaintenance;
import dev.feira.tenancy.TenantDirectory;
import dev.feira.tenancy.TenantProfile;
import dev.feira.tenancy.ui.MainLayout;

/** Operators' overview of every supplier tenant on the platform. */
@Route(value = "operator/tenants", layout = MainLayout.class)
@Menu(title = "nav.tenants", order = 90)
@RolesAllowed("PLATFORM_OPERATOR")
class TenantsView extends VerticalLayout implements HasDynamicTitle {

    TenantsView(TenantDirectory tenants, SearchMaintenance search, dev.feira.tenancy.TenantLifecycle lifecycle,
                dev.feira.platform.OperatorAudit audit) {
        var grid = new Grid<TenantProfile>();
        grid.setId("tenants-grid");
        grid.addColumn(TenantProfile::name).setHeader(getTranslation("tenant.name"));
        grid.addColumn(TenantProfile::slug).setHeader(getTranslation("tenant.slug"));
        grid.addColumn(t -> String.join(", ", t.hosts())).setHeader(getTranslation("tenant.hosts"));
        grid.addColumn(t -> getTranslation(t.isPublic() ? "supplier.public" : "supplier.private")).setHeader(getTranslation("tenant.visibility"));
        grid.addColumn(t -> t.defaultLocale().toLanguageTag() + " · " + t.currency().getCurrencyCode()).setHeader(getTranslation("tenant.market"));
        grid.addComponentColumn(t -> {
            var status = new com.vaadin.flow.component.html.Span(getTranslation("tenant.status." + t.status()));
            status.getElement().getThemeList().add(t.status().serves() ? "badge success" : "badge error");
            status.addClassName("tenant-status");
            return status;
        }).setHeader(getTranslation("tenant.status")).setAutoWidth(true);
        grid.addComponentColumn(t -> {
            boolean suspending = t.status().serves();
            var change = new Button(getTranslation(suspending ? "operator.suspend" : "operator.reactivate"), e -> new TenantStatusDialog(t, suspending,
                    reason -> suspending ? lifecycle.suspend(t.id(), reason) : lifecycle.reactivate(t.id(), reason), now -> {
                        Notification.show(getTranslation("operator.status.changed", now.name(), getTranslation("tenant.status." + now.status())));
                        grid.setItems(tenants.all());
                    }).open());
            change.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, suspending ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_SUCCESS);
            change.addClassName(suspending ? "tenant-suspend" : "tenant-reactivate");
            return change;
        }).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(t -> {
            var reindex = new Button(getTranslation("operator.reindex"), e -> {
                search.reindex(t.id());
                audit.record("search.reindex", java.util.Optional.of(t.id()), "");
                Notification.show(getTranslation("operator.reindex.started", t.name()));
            });
            reindex.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            reindex.addClassName("reindex");
            return reindex;
        }).setAutoWidth(true).setFlexGrow(0);
        // A handful of tenants per platform for now; paged from the database once there are many (issue: operator console).
        grid.setItems(tenants.all());
        var reindexAll = new Button(getTranslation("operator.reindex-all"), e -> {
            search.reindexAll();
            audit.record("search.reindex-all", java.util.Optional.empty(), "");
            Notification.show(getTranslation("operator.reindex.started", getTranslation("operator.all-tenants")));
        });
        reindexAll.setId("reindex-all");
        var auditLink = new com.vaadin.flow.router.RouterLink(getTranslation("nav.operator-audit"), OperatorAuditView.class);
        auditLink.setId("operator-audit-link");
        add(new H2(getTranslation("nav.tenants")), new com.vaadin.flow.component.orderedlayout.HorizontalLayout(reindexAll, auditLink), grid);
        setSizeFull();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.tenants") + " · Feira";
    }
}
