package dev.feira.tenancy.ui;

import java.util.Optional;
import java.util.function.Predicate;

import com.vaadin.flow.router.BeforeEnterEvent;

import dev.feira.tenancy.TenantDirectory;
import dev.feira.tenancy.TenantProfile;

/** Marks a view that only makes sense on a supplier's host; the marketplace's navigation leaves it out. */
public interface SupplierPortalView {

    /** The browser tab's title: the view, then the supplier ("Catalog · Ferragens Paulista"). */
    default String supplierTitle(String view, TenantDirectory tenants) {
        return view + tenants.current().map(t -> " · " + t.name()).orElse("");
    }

    /**
     * For the supplier's own desk (products, stock, conditions, orders): the supplier whose host this
     * is, when {@code mayManage} lets the visitor in; otherwise empty, and the visitor is sent to the catalog.
     */
    default Optional<TenantProfile> enterDesk(BeforeEnterEvent event, TenantDirectory tenants, Predicate<TenantProfile> mayManage) {
        var tenant = tenants.current().filter(mayManage);
        if (tenant.isEmpty()) {
            event.forwardTo("catalog");
        }
        return tenant;
    }
}
