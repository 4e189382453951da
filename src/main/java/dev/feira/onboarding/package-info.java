/**
 * Onboarding: a supplier joins Feira on its own. It signs up from the marketplace ("Venda na Feira"), verifies its
 * admin's e-mail, and its portal opens at once on its own host; the admin then brands it (with a live preview), sets
 * it up through the other modules' desks (warehouses, catalog import, prices, team, recovery, card payments) guided by
 * a go-live checklist, and takes it live.
 * <p>
 * API: {@link dev.feira.onboarding.SupplierSignups}, {@link dev.feira.onboarding.PortalSetup}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "tenancy", "tenancy :: ui", "identity", "identity :: ui", "catalog",
        "pricing", "recovery", "billing", "platform"})
package dev.feira.onboarding;
