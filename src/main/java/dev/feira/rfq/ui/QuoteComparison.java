package dev.feira.rfq.ui;

import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import dev.feira.rfq.BuyerRfq;
import dev.feira.rfq.RfqComparison;

/**
 * The quotes side by side: a row per RFQ line, a column per supplier that quoted; each cell the unit price, its landed
 * cost (what the payment terms are worth at the company's cost of capital, the freight the buyer pays — explained on
 * hover), lead time and lot, the best landed cost of the line marked, an alternative product flagged. The footer totals
 * each quote, as quoted and landed. The figures are {@link RfqComparison}'s: this only lays them out.
 */
class QuoteComparison extends Composite<Grid<RfqComparison.Row>> {

    QuoteComparison(BuyerRfq rfq, RfqComparison comparison, Locale locale) {
        Grid<RfqComparison.Row> grid = getContent();
        grid.setId("rfq-comparison");
        NumberFormat money = NumberFormat.getCurrencyInstance(locale);
        money.setCurrency(Currency.getInstance(rfq.currency()));
        money.setMaximumFractionDigits(4);
        var rate = NumberFormat.getPercentInstance(locale);
        rate.setMaximumFractionDigits(2);
        String yearly = rate.format(comparison.costOfCapital());
        grid.addColumn(r -> r.line().position() + ". " + r.line().description() + " — " + r.line().quantity() + " " + r.line().unit())
                .setHeader(getTranslation("rfq.line.description")).setWidth("14em").setFlexGrow(1).setFrozen(true).setResizable(true);
        for (var total : comparison.totals()) {
            var column = grid.addComponentColumn(row -> row.offers().stream().filter(o -> o.supplier().equals(total.supplier())).findFirst()
                            .map(offer -> cell(row.line(), offer, money, yearly)).orElseGet(() -> new Div(getTranslation("rfq.compare.not-quoted"))))
                    // A width of its own (the totals in the footer wrap): the item keeps room to be read.
                    .setHeader(total.supplierName()).setWidth("13em").setFlexGrow(1);
            column.setFooter(getTranslation("rfq.compare.total", money.format(total.quoted()),
                    getTranslation("rfq.compare.freight." + total.quote().freight()), total.quote().paymentTerms(), money.format(total.landed())));
        }
        grid.setItems(comparison.rows());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
    }

    private Div cell(BuyerRfq.Line line, RfqComparison.Offer offer, NumberFormat money, String yearly) {
        var cost = offer.cost();
        var cell = new Div(new Span(money.format(cost.unitPrice())));
        var landed = new Div(getTranslation("rfq.compare.landed", money.format(cost.landed())));
        landed.addClassName("landed-cost");
        // "Why this figure": the price, what the terms are worth at the company's rate, the freight share.
        landed.getElement().setAttribute("title", getTranslation("rfq.compare.landed.why", money.format(cost.unitPrice()),
                money.format(cost.termsDiscount()), cost.averageDays(), yearly, money.format(cost.freightShare()), money.format(cost.landed())));
        if (offer.best()) {
            landed.getElement().getThemeList().add("badge success");
            landed.addClassName("best-price");
        }
        cell.add(landed);
        var quoted = offer.quoted();
        var details = new StringBuilder();
        quoted.leadTimeDays().ifPresent(d -> details.append(getTranslation("rfq.compare.lead-time", d)));
        quoted.minLot().ifPresent(m -> details.append(details.isEmpty() ? "" : " · ").append(getTranslation("rfq.compare.min-lot", m)));
        quoted.quantity().filter(q -> q < line.quantity())
                .ifPresent(q -> details.append(details.isEmpty() ? "" : " · ").append(getTranslation("rfq.compare.partial", q)));
        if (!details.isEmpty()) {
            cell.add(new Div(details.toString()));
        }
        if (quoted.alternativeSku() != null) {
            var alternative = new Div(getTranslation("rfq.compare.alternative", quoted.alternativeSku(),
                    quoted.alternativeName() == null ? "" : quoted.alternativeName()));
            alternative.getElement().getThemeList().add("badge contrast");
            cell.add(alternative);
        }
        return cell;
    }
}
