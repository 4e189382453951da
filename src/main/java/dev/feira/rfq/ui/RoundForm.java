package dev.feira.rfq.ui;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.UUID;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;

import dev.feira.rfq.BuyerRfq;
import dev.feira.rfq.NegotiationRound;
import dev.feira.rfq.QuoteStatus;

/** A negotiation round as the buyer writes it: who revises, until when, what it aims at per line, and why. */
class RoundForm extends Composite<VerticalLayout> {

    private final CheckboxGroup<BuyerRfq.Answer> suppliers = new CheckboxGroup<>();
    private final DateTimePicker deadline = new DateTimePicker();
    private final TextArea note = new TextArea();
    private final Map<UUID, BigDecimalField> targets = new HashMap<>();

    RoundForm(BuyerRfq rfq) {
        suppliers.setId("round-suppliers");
        suppliers.setLabel(getTranslation("rfq.round.suppliers"));
        var quoted = rfq.answers().stream().filter(a -> a.status() == QuoteStatus.SUBMITTED).toList();
        suppliers.setItems(quoted);
        suppliers.setItemLabelGenerator(BuyerRfq.Answer::supplierName);
        suppliers.setValue(new LinkedHashSet<>(quoted));
        deadline.setId("round-deadline");
        deadline.setLabel(getTranslation("rfq.deadline"));
        note.setId("round-note");
        note.setLabel(getTranslation("rfq.round.note"));
        note.setMaxLength(2000);
        note.setWidthFull();
        var lines = new Grid<BuyerRfq.Line>();
        lines.setId("round-targets");
        lines.addColumn(l -> l.position() + ". " + l.description() + " — " + l.quantity() + " " + l.unit())
                .setHeader(getTranslation("rfq.line.description")).setFlexGrow(1);
        lines.addComponentColumn(l -> targets.computeIfAbsent(l.lineId(), id -> {
            var target = new BigDecimalField();
            target.setWidth("9em");
            target.addClassName("round-target");
            return target;
        })).setHeader(getTranslation("rfq.round.target")).setAutoWidth(true).setFlexGrow(0);
        lines.setItems(rfq.lines());
        LongLists.fit(lines, rfq.lines().size(), "50vh");
        lines.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        getContent().setPadding(false);
        getContent().add(suppliers, deadline, note, lines);
    }

    NegotiationRound round() {
        Map<UUID, BigDecimal> aims = new HashMap<>();
        targets.forEach((line, field) -> {
            if (field.getValue() != null) {
                aims.put(line, field.getValue());
            }
        });
        var chosen = new LinkedHashSet<dev.feira.shared.TenantId>();
        suppliers.getValue().forEach(a -> chosen.add(a.supplier()));
        return new NegotiationRound(deadline.getValue() == null ? null : deadline.getValue().atZone(RfqsView.BUYER_ZONE).toInstant(),
                chosen, aims, note.getValue());
    }
}
