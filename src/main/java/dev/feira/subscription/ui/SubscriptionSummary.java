package dev.feira.subscription.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import dev.feira.subscription.Subscriptions.Invoice;
import dev.feira.subscription.Subscriptions.Subscription;

/** A subscription as its supplier and the operators see it: plan, standing, this month's usage, invoices with PDFs. */
class SubscriptionSummary extends VerticalLayout {

    SubscriptionSummary(Subscription subscription, List<Invoice> invoices) {
        setPadding(false);
        var locale = getLocale();
        var when = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).withZone(ZoneId.of("America/Sao_Paulo"));
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

        var grid = new Grid<Invoice>();
        grid.setId("billing-invoices");
        grid.addColumn(Invoice::number).setHeader(getTranslation("billing.invoice.number")).setAutoWidth(true);
        grid.addColumn(i -> when.format(i.created())).setHeader(getTranslation("billing.invoice.date")).setAutoWidth(true);
        grid.addColumn(i -> i.total().format(locale)).setHeader(getTranslation("billing.invoice.total")).setAutoWidth(true);
        grid.addColumn(i -> getTranslation("billing.invoice.status." + i.status())).setHeader(getTranslation("tenant.status")).setAutoWidth(true);
        grid.addComponentColumn(i -> i.pdf().map(pdf -> {
            var link = new Anchor(pdf, getTranslation("billing.invoice.pdf"));
            link.setTarget("_blank");
            link.setRouterIgnore(true);
            link.addClassName("invoice-pdf");
            return (com.vaadin.flow.component.Component) link;
        }).orElseGet(Span::new)).setAutoWidth(true);
        grid.setItems(invoices);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("billing.invoices.none"));
        add(facts, new H2(getTranslation("billing.invoices")), grid);
    }

    private void fact(DescriptionList list, String key, String value) {
        list.add(new DescriptionList.Term(getTranslation(key)), new DescriptionList.Description(value));
    }
}
