package dev.feira.rfq.ui;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;

import dev.feira.rfq.AwardLine;
import dev.feira.rfq.BuyerRfq;
import dev.feira.rfq.QuoteRevision;
import dev.feira.rfq.RfqComparison;

/**
 * The buyer's award: per line, the supplier (the lowest landed cost chosen to start with, or nobody) and how many. The
 * {@code Rfqs} service checks it whole; this form only proposes.
 */
class AwardForm extends Composite<VerticalLayout> {

    private final List<Row> rows = new ArrayList<>();

    AwardForm(BuyerRfq rfq, RfqComparison comparison) {
        var quoted = rfq.answers().stream().filter(a -> a.quote().isPresent()).toList();
        for (var row : comparison.rows()) {
            rows.add(new Row(row, quoted));
        }
        var grid = new Grid<Row>();
        grid.setId("rfq-award");
        grid.addColumn(r -> r.line.position() + ". " + r.line.description() + " — " + r.line.quantity() + " " + r.line.unit())
                .setHeader(getTranslation("rfq.line.description")).setFlexGrow(1);
        grid.addComponentColumn(r -> r.supplier).setHeader(getTranslation("rfq.award.supplier")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(r -> r.quantity).setHeader(getTranslation("rfq.line.quantity")).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        getContent().setPadding(false);
        getContent().add(grid);
    }

    List<AwardLine> award() {
        return rows.stream().filter(r -> r.supplier.getValue() != null && r.supplier.getValue().isPresent() && r.quantity.getValue() != null)
                .map(r -> new AwardLine(r.line.lineId(), r.supplier.getValue().get().supplier(), r.quantity.getValue())).toList();
    }

    /** One line: who gets it (nobody is a choice) and how many. */
    private final class Row {
        private final BuyerRfq.Line line;
        private final Select<Optional<BuyerRfq.Answer>> supplier = new Select<>();
        private final IntegerField quantity = new IntegerField();

        /** The choices cheapest landed cost first; the best one chosen to start with. */
        Row(RfqComparison.Row compared, List<BuyerRfq.Answer> quoted) {
            this.line = compared.line();
            var landed = new java.util.HashMap<dev.feira.shared.TenantId, BigDecimal>();
            compared.offers().forEach(o -> landed.put(o.supplier(), o.cost().landed()));
            var offers = quoted.stream().filter(a -> landed.containsKey(a.supplier()))
                    .sorted(Comparator.comparing(a -> landed.get(a.supplier()))).toList();
            List<Optional<BuyerRfq.Answer>> choices = new ArrayList<>();
            choices.add(Optional.empty());
            offers.forEach(a -> choices.add(Optional.of(a)));
            supplier.setItems(choices);
            supplier.setItemLabelGenerator(choice -> choice.map(a -> a.supplierName() + " · "
                    + offer(a).orElseThrow().unitPrice().map(BigDecimal::toPlainString).orElse("")).orElse(getTranslation("rfq.award.nobody")));
            supplier.addClassName("award-supplier");
            quantity.setMin(1);
            quantity.setMax(line.quantity());
            quantity.setWidth("8em");
            quantity.addClassName("award-quantity");
            supplier.addValueChangeListener(e -> quantity.setValue(e.getValue() == null ? null : e.getValue()
                    .map(a -> Math.min(line.quantity(), offer(a).orElseThrow().quantity().orElse(line.quantity()))).orElse(null)));
            supplier.setValue(offers.isEmpty() ? Optional.empty() : Optional.of(offers.getFirst()));
        }

        private Optional<QuoteRevision.Line> offer(BuyerRfq.Answer answer) {
            return answer.quote().flatMap(q -> q.lines().stream().filter(l -> l.lineId().equals(line.lineId()) && l.quoted()).findFirst());
        }
    }
}
