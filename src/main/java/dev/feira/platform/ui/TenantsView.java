package dev.feira.platform.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import dev.feira.tenancy.TenantDirectory;
import dev.feira.tenancy.TenantProfile;
import dev.feira.tenancy.ui.MainLayout;

/** Operators' overview of every supplier tenant on the platform. */
@Route(value = "operator/tenants", layout = MainLayout.class)
@Menu(title = "nav.tenants", order = 90)
@RolesAllowed("PLATFORM_OPERATOR")
class TenantsView extends VerticalLayout implements HasDynamicTitle {

    TenantsView(TenantDirectory tenants) {
        var grid = new Grid<TenantProfile>();
        grid.setId("tenants-grid");
        grid.addColumn(TenantProfile::name).setHeader(getTranslation("tenant.name"));
        grid.addColumn(TenantProfile::slug).setHeader(getTranslation("tenant.slug"));
        grid.addColumn(t -> String.join(", ", t.hosts())).setHeader(getTranslation("tenant.hosts"));
        grid.addColumn(t -> getTranslation(t.isPublic() ? "supplier.public" : "supplier.private")).setHeader(getTranslation("tenant.visibility"));
        grid.addColumn(t -> t.defaultLocale().toLanguageTag() + " · " + t.currency().getCurrencyCode()).setHeader(getTranslation("tenant.market"));
        // A handful of tenants per platform for now; paged from the database once there are many (issue: operator console).
        grid.setItems(tenants.all());
        add(new H2(getTranslation("nav.tenants")), grid);
        setSizeFull();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.tenants") + " · Feira";
    }
}
