package dev.feira.subscription.ui;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import dev.feira.subscription.Subscriptions;
import dev.feira.tenancy.TenantDirectory;
import dev.feira.tenancy.ui.MainLayout;

/** A supplier's subscription and invoices for operators, reached from the tenant's page. */
@Route(value = "operator/billing/:slug", layout = MainLayout.class)
@RolesAllowed("PLATFORM_OPERATOR")
class OperatorBillingView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient Subscriptions subscriptions;
    private final transient TenantDirectory tenants;
    private String title = "";

    OperatorBillingView(Subscriptions subscriptions, TenantDirectory tenants) {
        this.subscriptions = subscriptions;
        this.tenants = tenants;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var tenant = event.getRouteParameters().get("slug").flatMap(tenants::bySlug);
        if (tenant.isEmpty() || tenants.current().isPresent()) {
            event.forwardTo("operator/tenants");
            return;
        }
        removeAll();
        title = getTranslation("nav.plan") + " · " + tenant.get().name();
        add(new H1(title), new Anchor("operator/tenants/" + tenant.get().slug(), tenant.get().name()));
        var subscription = subscriptions.of(tenant.get().id());
        if (subscription.isEmpty()) {
            add(new Paragraph(getTranslation("billing.no-plan")));
            return;
        }
        add(new SubscriptionSummary(subscription.get(), subscriptions.billingConfigured() ? subscriptions.invoicesOf(tenant.get().id())
                : java.util.List.of()));
    }

    @Override
    public String getPageTitle() {
        return title + " · Feira";
    }
}
