package dev.feira.subscription.ui;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import dev.feira.identity.CatalogAccess;
import dev.feira.identity.PortalLinks;
import dev.feira.subscription.Subscriptions;
import dev.feira.tenancy.TenantDirectory;
import dev.feira.tenancy.ui.MainLayout;
import dev.feira.tenancy.ui.SupplierPortalView;

/**
 * "Plano e faturas": the supplier's plan and where its subscription stands, this month's usage (the GMV fee's base and
 * the fee so far), its invoices with their PDFs, and Stripe's customer portal for the payment method.
 */
@Route(value = "plan", layout = MainLayout.class)
@Menu(title = "nav.plan", order = 9.3)
@RolesAllowed("SUPPLIER_ADMIN")
class PlanAndInvoicesView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle, SupplierPortalView {

    private final transient Subscriptions subscriptions;
    private final transient TenantDirectory tenants;
    private final transient CatalogAccess access;
    private final transient PortalLinks links;

    PlanAndInvoicesView(Subscriptions subscriptions, TenantDirectory tenants, CatalogAccess access, PortalLinks links) {
        this.subscriptions = subscriptions;
        this.tenants = tenants;
        this.access = access;
        this.links = links;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (enterDesk(event, tenants, access::mayAdminister).isEmpty()) {
            return;
        }
        removeAll();
        add(new H1(getTranslation("nav.plan")));
        var current = subscriptions.current();
        if (current.isEmpty()) {
            var none = new Paragraph(getTranslation("billing.no-plan"));
            none.setId("billing-no-plan");
            add(none, new Anchor("onboarding", getTranslation("nav.setup")));
            return;
        }
        if (!subscriptions.billingConfigured()) {
            add(new SubscriptionSummary(current.get(), List.of()), new Paragraph(getTranslation("billing.not-configured")));
            return;
        }
        var here = links.to(tenants.current().orElseThrow(), "plan");
        // A fresh session on every click: a portal link is short-lived and never stored.
        var portal = new Button(getTranslation("billing.payment-method"), e -> UI.getCurrent().getPage().setLocation(subscriptions.customerPortal(here)));
        portal.setId("billing-portal");
        add(portal, new SubscriptionSummary(current.get(), subscriptions.invoices()));
    }

    @Override
    public String getPageTitle() {
        return supplierTitle(getTranslation("nav.plan"), tenants);
    }
}
