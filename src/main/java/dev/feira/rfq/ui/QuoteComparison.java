package dev.feira.rfq.ui;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import dev.feira.rfq.BuyerRfq;
import dev.feira.rfq.QuoteRevision;

/**
 * The quotes side by side: a row per RFQ line, a column per supplier that quoted; each cell the unit price, lead time
 * and lot, the best price of the line marked, an alternative product flagged. The footer totals each quote with its
 * freight. Built from what {@code Rfqs} let the buyer see (a sealed RFQ shows nothing here before its deadline).
 */
class QuoteComparison extends Composite<Grid<BuyerRfq.Line>> {

    QuoteComparison(BuyerRfq rfq, Locale locale) {
        Grid<BuyerRfq.Line> grid = getContent();
        grid.setId("rfq-comparison");
        NumberFormat money = NumberFormat.getCurrencyInstance(locale);
        money.setCurrency(Currency.getInstance(rfq.currency()));
        money.setMaximumFractionDigits(4);
        var quoted = rfq.answers().stream().filter(a -> a.quote().isPresent()).toList();
        grid.addColumn(l -> l.position() + ". " + l.description() + " — " + l.quantity() + " " + l.unit())
                .setHeader(getTranslation("rfq.line.description")).setFlexGrow(1).setFrozen(true).setResizable(true);
        for (var answer : quoted) {
            QuoteRevision quote = answer.quote().orElseThrow();
            var column = grid.addComponentColumn(line -> cell(quote, line, best(quoted, line.lineId()), money))
                    .setHeader(answer.supplierName()).setAutoWidth(true).setFlexGrow(0);
            column.setFooter(getTranslation("rfq.compare.total", money.format(total(quote, rfq.lines())),
                    getTranslation("rfq.compare.freight." + quote.freight()), quote.paymentTerms()));
        }
        grid.setItems(rfq.lines());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
    }

    private Div cell(QuoteRevision quote, BuyerRfq.Line line, Optional<BigDecimal> best, NumberFormat money) {
        var cell = new Div();
        var answer = quote.lines().stream().filter(l -> l.lineId().equals(line.lineId())).findFirst();
        if (answer.isEmpty() || answer.get().unitPrice().isEmpty()) {
            cell.add(new Span(getTranslation("rfq.compare.not-quoted")));
            return cell;
        }
        var quotedLine = answer.get();
        BigDecimal price = quotedLine.unitPrice().orElseThrow();
        var priceText = new Span(money.format(price));
        if (best.filter(b -> b.compareTo(price) == 0).isPresent()) {
            priceText.getElement().getThemeList().add("badge success");
            priceText.getElement().setAttribute("title", getTranslation("rfq.compare.best"));
            priceText.addClassName("best-price");
        }
        cell.add(priceText);
        var details = new StringBuilder();
        quotedLine.leadTimeDays().ifPresent(d -> details.append(getTranslation("rfq.compare.lead-time", d)));
        quotedLine.minLot().ifPresent(m -> details.append(details.isEmpty() ? "" : " · ").append(getTranslation("rfq.compare.min-lot", m)));
        quotedLine.quantity().filter(q -> q < line.quantity())
                .ifPresent(q -> details.append(details.isEmpty() ? "" : " · ").append(getTranslation("rfq.compare.partial", q)));
        if (!details.isEmpty()) {
            cell.add(new Div(details.toString()));
        }
        if (quotedLine.alternativeSku() != null) {
            var alternative = new Div(getTranslation("rfq.compare.alternative", quotedLine.alternativeSku(),
                    quotedLine.alternativeName() == null ? "" : quotedLine.alternativeName()));
            alternative.getElement().getThemeList().add("badge contrast");
            cell.add(alternative);
        }
        return cell;
    }

    /** The lowest unit price quoted for the line, if anybody quoted it. */
    private static Optional<BigDecimal> best(List<BuyerRfq.Answer> quoted, UUID line) {
        return quoted.stream().flatMap(a -> a.quote().orElseThrow().lines().stream())
                .filter(l -> l.lineId().equals(line)).flatMap(l -> l.unitPrice().stream()).min(Comparator.naturalOrder());
    }

    /** Every quoted line at the quantity offered (or asked), plus the quote's freight. */
    static BigDecimal total(QuoteRevision quote, List<BuyerRfq.Line> lines) {
        BigDecimal sum = quote.freightValue() == null ? BigDecimal.ZERO : quote.freightValue();
        for (var line : lines) {
            for (var quoted : quote.lines()) {
                if (quoted.lineId().equals(line.lineId()) && quoted.unitPrice().isPresent()) {
                    sum = sum.add(quoted.unitPrice().get().multiply(BigDecimal.valueOf(quoted.quantity().orElse(line.quantity()))));
                }
            }
        }
        return sum;
    }
}
