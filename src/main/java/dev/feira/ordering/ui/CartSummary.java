package dev.feira.ordering.ui;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import dev.feira.ordering.PlacedOrder;
import dev.feira.ordering.PricedCart;

/**
 * Under the cart's lines: the total of what can be ordered, the supplier's offer, the terms, how far free freight is,
 * how many lines keep the cart from being ordered, and the order the cart became while that waits for approval.
 */
class CartSummary extends Div {

    private static final ZoneId BUYER_ZONE = ZoneId.of("America/Sao_Paulo");

    CartSummary() {
        setId("cart-totals");
    }

    void show(PricedCart cart, Optional<PlacedOrder> awaiting, Locale locale) {
        removeAll();
        awaiting.ifPresent(order -> {
            var waiting = new Div(new Span(getTranslation("cart.awaiting-approval", order.number())), new Span(" "),
                    new RouterLink(getTranslation("orders.open"), OrderView.class, new RouteParameters("id", order.id().toString())));
            waiting.setId("cart-awaiting-approval");
            waiting.addClassName("cart-locked");
            add(waiting);
        });
        if (cart.isEmpty()) {
            add(new Paragraph(getTranslation("cart.is-empty")));
            return;
        }
        var total = new Paragraph(getTranslation("cart.total", cart.total().format(locale)));
        total.setId("cart-total");
        add(total);
        cart.offer().ifPresent(offer -> {
            // The buyer sees today's offer, not how it grows: the cap is the supplier's business.
            var offered = new Paragraph(getTranslation("cart.offer", percent(offer.percent(), locale), offer.discount().format(locale),
                    DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(locale).format(offer.expiresAt().atZone(BUYER_ZONE))));
            offered.setId("cart-offer");
            offered.addClassName("cart-offer");
            var payable = new Paragraph(getTranslation("cart.payable", cart.payable().format(locale)));
            payable.setId("cart-payable");
            add(offered, payable);
        });
        var terms = cart.terms();
        add(new Paragraph(getTranslation("pricing.terms", terms.paymentTerms() == null ? "—" : terms.paymentTerms(),
                terms.freight().name(), terms.leadTimeDays())));
        if (terms.freeFreightFrom() != null) {
            add(new Paragraph(cart.freeFreight() ? getTranslation("cart.free-freight")
                    : getTranslation("cart.free-freight-from", terms.freeFreightFrom().format(locale))));
        }
        if (cart.problems() > 0) {
            var problems = new Paragraph(getTranslation("cart.problems", cart.problems()));
            problems.setId("cart-problems");
            problems.addClassName("cart-problems");
            add(problems);
        }
    }

    /** 4.5 as "4.5%" (English) or "4,5 %" (pt-BR). */
    static String percent(BigDecimal percent, Locale locale) {
        var format = NumberFormat.getPercentInstance(locale);
        format.setMaximumFractionDigits(2);
        return format.format(percent.movePointLeft(2));
    }
}
