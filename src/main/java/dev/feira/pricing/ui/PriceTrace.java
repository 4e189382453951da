package dev.feira.pricing.ui;

import java.util.Locale;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

import dev.feira.pricing.PriceQuote;
import dev.feira.pricing.PriceStep;
import dev.feira.pricing.TradeTerms;
import dev.feira.shared.Money;

/**
 * "Why this price": the steps of a resolution in the order applied, each with the price after it,
 * then the bonus offer and the buyer's terms. The same words a sales rep reads, so both sides of a
 * negotiation look at one explanation.
 */
public class PriceTrace extends Div {

    public PriceTrace(PriceQuote quote, TradeTerms terms, Locale locale) {
        addClassName("price-trace");
        setId("price-trace");
        var steps = new OrderedList();
        for (PriceStep step : quote.trace()) {
            var item = new ListItem();
            item.addClassName("price-step");
            item.getElement().setAttribute("data-kind", step.kind().name());
            var price = new Span(new Money(step.unitPrice(), quote.unitPrice().currency()).format(locale));
            price.addClassName("price-step-price");
            item.add(new Span(describe(step)), price);
            steps.add(item);
        }
        var result = new Paragraph(getTranslation("pricing.trace.result", quote.quantity(), quote.unitPrice().format(locale),
                quote.total().format(locale)));
        result.setId("price-trace-result");
        add(steps, result);
        quote.bonus().ifPresent(bonus -> add(new Paragraph(getTranslation("pricing.trace.bonus", bonus.promotionName(),
                bonus.buy(), bonus.free()))));
        add(termsLine(terms, locale));
    }

    private String describe(PriceStep step) {
        String percent = step.percent() == null ? "" : step.percent().stripTrailingZeros().toPlainString();
        return switch (step.kind()) {
            case LIST_PRICE -> getTranslation("pricing.step.list-price");
            case PRICE_LIST -> getTranslation("pricing.step.price-list", step.ruleName(), step.ruleCode()) + tier(step);
            case INDIVIDUAL_PRICE -> getTranslation("pricing.step.individual", step.ruleName(), step.ruleCode()) + tier(step);
            case DISCOUNT -> getTranslation("pricing.step.discount", step.ruleName(), step.ruleCode(), percent);
            case PROMOTION -> step.percent() == null
                    ? getTranslation("pricing.step.promotion-price", step.ruleName(), step.ruleCode())
                    : getTranslation("pricing.step.promotion", step.ruleName(), step.ruleCode(), percent);
        };
    }

    /** A volume tier is worth naming only above the first unit. */
    private String tier(PriceStep step) {
        return step.fromQuantity() != null && step.fromQuantity() > 1 ? getTranslation("pricing.step.from", step.fromQuantity()) : "";
    }

    private Paragraph termsLine(TradeTerms terms, Locale locale) {
        String freeFreight = terms.freeFreightFrom() == null ? "" : " " + getTranslation("pricing.terms.free-freight",
                terms.freeFreightFrom().format(locale));
        var line = new Paragraph(getTranslation("pricing.terms", terms.paymentTerms() == null ? "—" : terms.paymentTerms(),
                terms.freight().name(), terms.leadTimeDays()) + freeFreight);
        line.addClassName("trade-terms");
        return line;
    }
}
