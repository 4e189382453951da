package dev.feira.subscription.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import dev.feira.identity.CatalogAccess;
import dev.feira.identity.PortalLinks;
import dev.feira.subscription.Subscriptions;
import dev.feira.subscription.Subscriptions.Invoice;
import dev.feira.tenancy.TenantDirectory;
import dev.feira.tenancy.ui.MainLayout;
import dev.feira.tenancy.ui.SupplierPortalView;

/**
 * "Plano e faturas": the supplier's plan and where its subscription stands, this month's usage (the GMV fee's base and
 * the fee so far), its invoices with their PDFs, and Stripe's customer portal for the payment method.
 */
@Route(value = "plan", layout = MainLayout.class)
@Menu(title = "nav.plan", order = 9.6)
@RolesAllowed("SUPPLIER_ADMIN")
class PlanAndInvoicesView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle, SupplierPortalView {

    private final transient Subscriptions subscriptions;
    private final transient TenantDirectory tenants;
    private final transient CatalogAccess access;
    private final transient PortalLinks links;

    PlanAndInvoicesView(Subscriptions subscriptions, TenantDirectory tenants, CatalogAccess access, PortalLinks links) {
        this.links = links;
        this.subscriptions = subscriptions;
        this.tenants = tenants;
        this.access = access;
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
        var locale = getLocale();
        var when = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).withZone(ZoneId.of("America/Sao_Paulo"));
        var subscription = current.get();
        var facts = new DescriptionList();
        facts.setId("billing-facts");
        fact(facts, "operator.plan", getTranslation("billing.plan", subscription.plan(), subscription.monthlyFee().format(locale),
                subscription.gmvFeePercent()));
        var status = new Span(getTranslation("billing.status." + subscription.status()));
        status.setId("billing-status");
        status.getElement().getThemeList().add(subscription.status().equals("past_due") || subscription.status().equals("unpaid")
                ? "badge error" : "badge");
        facts.add(new DescriptionList.Term(getTranslation("tenant.status")), new DescriptionList.Description(status));
        subscription.trialEndsAt().ifPresent(end -> fact(facts, "operator.trial-ends", when.format(end)));
        subscription.pastDueSince().ifPresent(since -> fact(facts, "billing.past-due-since", when.format(since)));
        fact(facts, "billing.invoiced-month", subscription.invoicedMonth().format(locale));
        fact(facts, "billing.fee-month", subscription.gmvFeeMonth().format(locale));
        add(facts);
        if (!subscriptions.billingConfigured()) {
            add(new Paragraph(getTranslation("billing.not-configured")));
            return;
        }
        var here = links.to(tenants.current().orElseThrow(), "plan");
        // A fresh session on every click: a portal link is short-lived and never stored.
        var portal = new Button(getTranslation("billing.payment-method"), e -> UI.getCurrent().getPage().setLocation(subscriptions.customerPortal(here)));
        portal.setId("billing-portal");
        var invoices = new Grid<Invoice>();
        invoices.setId("billing-invoices");
        invoices.addColumn(Invoice::number).setHeader(getTranslation("billing.invoice.number")).setAutoWidth(true);
        invoices.addColumn(i -> when.format(i.created())).setHeader(getTranslation("billing.invoice.date")).setAutoWidth(true);
        invoices.addColumn(i -> i.total().format(locale)).setHeader(getTranslation("billing.invoice.total")).setAutoWidth(true);
        invoices.addColumn(i -> getTranslation("billing.invoice.status." + i.status())).setHeader(getTranslation("tenant.status")).setAutoWidth(true);
        invoices.addComponentColumn(i -> i.pdf().map(pdf -> {
            var link = new Anchor(pdf, "PDF");
            link.setTarget("_blank");
            link.setRouterIgnore(true);
            return (com.vaadin.flow.component.Component) link;
        }).orElseGet(Span::new)).setAutoWidth(true);
        invoices.setItems(subscriptions.invoices());
        invoices.setAllRowsVisible(true);
        invoices.setEmptyStateText(getTranslation("billing.invoices.none"));
        add(portal, new H2(getTranslation("billing.invoices")), invoices);
    }

    private void fact(DescriptionList list, String key, String value) {
        list.add(new DescriptionList.Term(getTranslation(key)), new DescriptionList.Description(value));
    }

    @Override
    public String getPageTitle() {
        return supplierTitle(getTranslation("nav.plan"), tenants);
    }
}
