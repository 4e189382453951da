package dev.feira.catalog.ui;

import java.util.Optional;

import com.vaadin.flow.router.BeforeEnterEvent;

import dev.feira.identity.CatalogAccess;
import dev.feira.tenancy.TenantDirectory;
import dev.feira.tenancy.TenantProfile;

/** What the supplier's own views share: they open on its host, for its staff; anyone else is sent to the catalog. */
final class SupplierDesk {

    private SupplierDesk() {
    }

    /** The supplier whose desk this is, or empty after forwarding the visitor to the catalog. */
    static Optional<TenantProfile> enter(BeforeEnterEvent event, TenantDirectory tenants, CatalogAccess access) {
        var tenant = tenants.current().filter(access::mayManage);
        if (tenant.isEmpty()) {
            event.forwardTo("catalog");
        }
        return tenant;
    }
}
