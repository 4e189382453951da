package dev.feira.identity;

import dev.feira.tenancy.TenantProfile;

/** Decides what a visitor may see of a supplier's catalog. */
public interface CatalogAccess {

    /** Public suppliers: everyone. Private suppliers: their staff, operators, and buyers with an account there. */
    boolean mayBrowse(TenantProfile supplier);

    /** Prices are for signed-in users who may browse. */
    boolean maySeePrices(TenantProfile supplier);

    /** The supplier's own people and systems (and operators) manage its catalog, stock and prices. */
    boolean mayManage(TenantProfile supplier);

    /**
     * The supplier's settings (its recovery rules and the like) are changed by its admins, its own systems and
     * operators — not by every member of its staff (a sales rep works the alerts, not the rules).
     */
    boolean mayAdminister(TenantProfile supplier);
}
