package dev.feira.search.ui;

import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;

import dev.feira.catalog.ProductSnapshot;
import dev.feira.pricing.PriceQuote;
import dev.feira.pricing.TradeTerms;
import dev.feira.pricing.ui.PriceTrace;

/** "Why this price": each step from the list price to the buyer's, with the terms that apply. */
final class PriceTraceDialog extends Dialog {

    PriceTraceDialog(ProductSnapshot product, PriceQuote quote, TradeTerms terms, Locale locale) {
        setHeaderTitle(getTranslation("pricing.trace.title", product.name()));
        add(new PriceTrace(quote, terms, locale));
        getFooter().add(new Button(getTranslation("action.close"), e -> close()));
        setWidth("40em");
        setMaxWidth("100vw");
    }
}
