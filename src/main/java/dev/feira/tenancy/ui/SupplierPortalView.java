package dev.feira.tenancy.ui;

import dev.feira.tenancy.TenantDirectory;

/** Marks a view that only makes sense on a supplier's host; the marketplace's navigation leaves it out. */
public interface SupplierPortalView {

    /** The browser tab's title: the view, then the supplier ("Catalog · Ferragens Paulista"). */
    default String supplierTitle(String view, TenantDirectory tenants) {
        return view + tenants.current().map(t -> " · " + t.name()).orElse("");
    }
}
