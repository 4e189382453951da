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

    /**
     * The supplier whose portal is being used (the current tenant), when the caller {@linkplain #mayManage manages}
     * it. Module services that change or reveal a supplier's own data call this first, so the supplier's desk (a
     * view) and its systems (an API) obey one check.
     *
     * @throws org.springframework.security.access.AccessDeniedException otherwise, and off any supplier's host
     */
    TenantProfile requireManager();

    /**
     * The current supplier, when the caller {@linkplain #mayAdminister administers} it: for its settings (recovery
     * rules, where card payments go).
     *
     * @throws org.springframework.security.access.AccessDeniedException otherwise
     */
    TenantProfile requireAdministrator();
}
