package dev.feira.rfq.ui;

import java.text.NumberFormat;
import java.util.Currency;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.renderer.LitRenderer;

import dev.feira.rfq.BuyerRfq;
import dev.feira.rfq.RfqComparison;
import dev.feira.shared.TenantId;

/**
 * The quotes side by side: a row per RFQ line, a column per supplier that quoted; each cell the unit price, its landed
 * cost (what the payment terms are worth at the company's cost of capital, the freight the buyer pays — explained on
 * hover), lead time and lot, the best landed cost of the line marked, an alternative product flagged. The footer totals
 * each quote, as quoted and landed. The figures are {@link RfqComparison}'s: this only lays them out.
 * <p>
 * Cells are templates filled in the browser (no server-side component per cell) and rows are sent as they scroll into
 * view: 200 lines × 20 suppliers are 4,000 cells.
 */
class QuoteComparison extends Composite<Grid<RfqComparison.Row>> {

    private static final String CELL = """
            ${item.quoted ? html`<div>
                <span>${item.price}</span>
                <div class="landed-cost ${item.best ? 'best-price' : ''}" theme="${item.best ? 'badge success' : ''}" title="${item.why}">${item.landed}</div>
                ${item.details ? html`<div>${item.details}</div>` : ''}
                ${item.alternative ? html`<div theme="badge contrast">${item.alternative}</div>` : ''}
            </div>` : html`<div>${item.none}</div>`}""";

    /** Each text's pattern parsed once for the 4,000 cells of a big comparison, not once per cell. */
    private final Map<String, com.ibm.icu.text.MessageFormat> patterns = new HashMap<>();
    private final Locale locale;

    private String text(String key, Object... arguments) {
        return patterns.computeIfAbsent(key, k -> new com.ibm.icu.text.MessageFormat(getTranslation(k), locale)).format(arguments);
    }

    /** What one cell shows, worked out once. */
    private record Cell(String price, String landed, boolean best, String why, String details, String alternative) {
    }

    QuoteComparison(BuyerRfq rfq, RfqComparison comparison, Locale locale) {
        this.locale = locale;
        Grid<RfqComparison.Row> grid = getContent();
        grid.setId("rfq-comparison");
        NumberFormat money = NumberFormat.getCurrencyInstance(locale);
        money.setCurrency(Currency.getInstance(rfq.currency()));
        money.setMaximumFractionDigits(4);
        var rate = NumberFormat.getPercentInstance(locale);
        rate.setMaximumFractionDigits(2);
        String yearly = rate.format(comparison.costOfCapital());
        Map<UUID, Map<TenantId, Cell>> cells = new HashMap<>();
        for (var row : comparison.rows()) {
            var ofLine = new HashMap<TenantId, Cell>();
            row.offers().forEach(offer -> ofLine.put(offer.supplier(), cell(row.line(), offer, money, yearly)));
            cells.put(row.line().lineId(), ofLine);
        }
        String notQuoted = getTranslation("rfq.compare.not-quoted");
        grid.addColumn(r -> r.line().position() + ". " + r.line().description() + " — " + r.line().quantity() + " " + r.line().unit())
                .setHeader(getTranslation("rfq.line.description")).setWidth("14em").setFlexGrow(1).setFrozen(true).setResizable(true);
        for (var total : comparison.totals()) {
            var supplier = total.supplier();
            java.util.function.Function<RfqComparison.Row, java.util.Optional<Cell>> of =
                    row -> java.util.Optional.ofNullable(cells.get(row.line().lineId()).get(supplier));
            var column = grid.addColumn(LitRenderer.<RfqComparison.Row>of(CELL)
                            .withProperty("quoted", row -> of.apply(row).isPresent())
                            .withProperty("price", row -> of.apply(row).map(Cell::price).orElse(""))
                            .withProperty("landed", row -> of.apply(row).map(Cell::landed).orElse(""))
                            .withProperty("best", row -> of.apply(row).map(Cell::best).orElse(false))
                            .withProperty("why", row -> of.apply(row).map(Cell::why).orElse(""))
                            .withProperty("details", row -> of.apply(row).map(Cell::details).orElse(""))
                            .withProperty("alternative", row -> of.apply(row).map(Cell::alternative).orElse(""))
                            .withProperty("none", row -> notQuoted))
                    // A width of its own (the totals in the footer wrap): the item keeps room to be read.
                    .setHeader(total.supplierName()).setWidth("13em").setFlexGrow(1);
            column.setFooter(getTranslation("rfq.compare.total", money.format(total.quoted()),
                    getTranslation("rfq.compare.freight." + total.quote().freight()), total.quote().paymentTerms(), money.format(total.landed())));
        }
        grid.setItems(comparison.rows());
        LongLists.fit(grid, comparison.rows().size(), "70vh");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
    }

    private Cell cell(BuyerRfq.Line line, RfqComparison.Offer offer, NumberFormat money, String yearly) {
        var cost = offer.cost();
        // "Why this figure": the price, what the terms are worth at the company's rate, the freight share.
        String why = text("rfq.compare.landed.why", money.format(cost.unitPrice()), money.format(cost.termsDiscount()),
                cost.averageDays(), yearly, money.format(cost.freightShare()), money.format(cost.landed()));
        var quoted = offer.quoted();
        var details = new StringBuilder();
        quoted.leadTimeDays().ifPresent(d -> details.append(text("rfq.compare.lead-time", d)));
        quoted.minLot().ifPresent(m -> details.append(details.isEmpty() ? "" : " · ").append(text("rfq.compare.min-lot", m)));
        quoted.quantity().filter(q -> q < line.quantity())
                .ifPresent(q -> details.append(details.isEmpty() ? "" : " · ").append(text("rfq.compare.partial", q)));
        String alternative = quoted.alternativeSku() == null ? "" : text("rfq.compare.alternative", quoted.alternativeSku(),
                quoted.alternativeName() == null ? "" : quoted.alternativeName());
        return new Cell(money.format(cost.unitPrice()), text("rfq.compare.landed", money.format(cost.landed())), offer.best(), why,
                details.toString(), alternative);
    }
}
