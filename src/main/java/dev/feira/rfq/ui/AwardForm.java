package dev.feira.rfq.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;

import dev.feira.rfq.AwardLine;
import dev.feira.rfq.BuyerRfq;
import dev.feira.rfq.RfqComparison;
import dev.feira.shared.TenantId;

/**
 * The buyer's award: per line, the supplier (the lowest landed cost chosen to start with, or nobody) and how many. The
 * {@code Rfqs} service checks it whole; this form only proposes.
 * <p>
 * The choices are data, the fields only drawn for the lines on screen: an award of 200 lines is 200 choices, not 200
 * selects of 20 suppliers built up front.
 */
class AwardForm extends Composite<VerticalLayout> {

    private final List<Choice> choices = new ArrayList<>();
    private final Map<TenantId, String> names = new HashMap<>();

    AwardForm(BuyerRfq rfq, RfqComparison comparison) {
        comparison.totals().forEach(total -> names.put(total.supplier(), total.supplierName()));
        for (var row : comparison.rows()) {
            choices.add(new Choice(row));
        }
        var grid = new Grid<Choice>();
        grid.setId("rfq-award");
        grid.addColumn(c -> c.line.position() + ". " + c.line.description() + " — " + c.line.quantity() + " " + c.line.unit())
                .setHeader(getTranslation("rfq.line.description")).setFlexGrow(1);
        grid.addComponentColumn(this::supplierField).setHeader(getTranslation("rfq.award.supplier")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::quantityField).setHeader(getTranslation("rfq.line.quantity")).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(choices);
        LongLists.fit(grid, choices.size(), "60vh");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        getContent().setPadding(false);
        getContent().add(grid);
    }

    List<AwardLine> award() {
        return choices.stream().filter(c -> c.offer.isPresent() && c.quantity != null)
                .map(c -> new AwardLine(c.line.lineId(), c.offer.get().supplier(), c.quantity)).toList();
    }

    private Select<Optional<RfqComparison.Offer>> supplierField(Choice choice) {
        var supplier = new Select<Optional<RfqComparison.Offer>>();
        List<Optional<RfqComparison.Offer>> options = new ArrayList<>();
        options.add(Optional.empty());
        choice.offers.forEach(offer -> options.add(Optional.of(offer)));
        supplier.setItems(options);
        supplier.setItemLabelGenerator(option -> option.map(offer -> names.get(offer.supplier()) + " · "
                + offer.cost().unitPrice().toPlainString()).orElse(getTranslation("rfq.award.nobody")));
        supplier.addClassName("award-supplier");
        supplier.setValue(choice.offer);
        supplier.addValueChangeListener(e -> {
            choice.offer = e.getValue() == null ? Optional.empty() : e.getValue();
            choice.quantity = choice.offer.map(choice::offered).orElse(null);
            if (choice.quantityField != null) {
                choice.quantityField.setValue(choice.quantity);
            }
        });
        return supplier;
    }

    private IntegerField quantityField(Choice choice) {
        var quantity = new IntegerField();
        quantity.setMin(1);
        quantity.setMax(choice.line.quantity());
        quantity.setWidth("8em");
        quantity.addClassName("award-quantity");
        quantity.setValue(choice.quantity);
        quantity.addValueChangeListener(e -> choice.quantity = e.getValue());
        choice.quantityField = quantity;
        return quantity;
    }

    /** One line: who gets it (nobody is a choice) and how many — the cheapest landed cost to start with. */
    private static final class Choice {
        private final BuyerRfq.Line line;
        private final List<RfqComparison.Offer> offers;
        private Optional<RfqComparison.Offer> offer;
        private Integer quantity;
        private IntegerField quantityField;

        Choice(RfqComparison.Row compared) {
            this.line = compared.line();
            this.offers = compared.offers().stream().sorted(Comparator.comparing(o -> o.cost().landed())).toList();
            this.offer = offers.stream().findFirst();
            this.quantity = offer.map(this::offered).orElse(null);
        }

        /** As many as the supplier offers, never more than asked. */
        int offered(RfqComparison.Offer offer) {
            return Math.min(line.quantity(), offer.quoted().quantity().orElse(line.quantity()));
        }
    }
}
