package dev.feira.ordering.ui;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

import dev.feira.ordering.Orders.LineConfirmation;
import dev.feira.ordering.PlacedOrder;

/**
 * The supplier confirms an order line by line: each as ordered, with less (saying why), for a promised day, or not at
 * all (0). Quantities are in the unit the buyer chose ("1 FD"), as the buyer will read them back.
 */
class OrderConfirmationDialog extends Dialog {

    /** What the supplier decided: the changed lines and a note for the buyer. */
    record Decision(List<LineConfirmation> lines, String note) {
    }

    private final List<LineForm> forms = new ArrayList<>();

    OrderConfirmationDialog(PlacedOrder order, Consumer<Decision> then) {
        setId("order-confirm-dialog");
        setHeaderTitle(getTranslation("order.confirm.title", order.number()));
        setWidth("min(46rem, 100vw)");
        add(new Paragraph(getTranslation("order.confirm.explained")));
        LocalDate today = LocalDate.now(ZoneId.of("America/Sao_Paulo"));
        for (var line : order.lines()) {
            var form = new LineForm(line, today);
            forms.add(form);
            add(form);
        }
        var note = new TextField(getTranslation("order.confirm.note"));
        note.setId("order-confirm-note");
        note.setWidthFull();
        add(note);
        var confirm = new Button(getTranslation("orders.confirm"), e -> {
            if (forms.stream().map(LineForm::valid).toList().contains(false)) {
                return;
            }
            close();
            then.accept(new Decision(forms.stream().flatMap(f -> f.confirmation().stream()).toList(), note.getValue()));
        });
        confirm.setId("order-confirm-save");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), confirm);
    }

    /** One line: how much is confirmed, why less, and for when. */
    private final class LineForm extends Div {
        private final PlacedOrder.Line line;
        private final int perUnit;
        private final IntegerField quantity = new IntegerField();
        private final TextField reason = new TextField();
        private final DatePicker promisedFor = new DatePicker();

        LineForm(PlacedOrder.Line line, LocalDate today) {
            this.line = line;
            var ordered = line.ordered();
            this.perUnit = ordered.saleUnit().map(u -> u.baseUnits()).orElse(1);
            addClassName("confirm-line");
            getElement().setAttribute("data-sku", line.sku());
            var title = new Div(new Span(line.sku() + " · " + line.name()));
            title.addClassName("confirm-line-title");
            var asked = new Span(getTranslation("order.confirm.ordered", ordered.text(getLocale())));
            asked.addClassName("product-meta");
            title.add(new Div(asked));

            quantity.setLabel(getTranslation("order.confirm.quantity"));
            quantity.addClassName("confirm-quantity");
            quantity.setMin(0);
            quantity.setMax(ordered.inChosenUnit());
            quantity.setValue(ordered.inChosenUnit());
            quantity.setStepButtonsVisible(true);
            quantity.setSuffixComponent(new Span(ordered.chosenUnit()));
            quantity.setHelperText(getTranslation("order.confirm.zero-declines"));
            quantity.setWidth("10rem");
            reason.setLabel(getTranslation("order.confirm.why-less"));
            reason.addClassName("confirm-reason");
            reason.setVisible(false);
            reason.setMaxLength(500);
            quantity.addValueChangeListener(e -> reason.setVisible(e.getValue() != null && e.getValue() < ordered.inChosenUnit()));
            promisedFor.setLabel(getTranslation("order.confirm.promised-for"));
            promisedFor.addClassName("confirm-promised");
            promisedFor.setMin(today);
            promisedFor.setClearButtonVisible(true);
            var fields = new HorizontalLayout(quantity, promisedFor, reason);
            fields.setWrap(true);
            fields.setAlignItems(FlexComponent.Alignment.BASELINE);
            add(title, fields);
        }

        boolean valid() {
            boolean quantityOk = quantity.getValue() != null && !quantity.isInvalid();
            quantity.setInvalid(!quantityOk);
            boolean reasonOk = !reason.isVisible() || !reason.getValue().isBlank();
            reason.setErrorMessage(getTranslation("order.confirm.reason-required"));
            reason.setInvalid(!reasonOk);
            return quantityOk && reasonOk && !promisedFor.isInvalid();
        }

        /** The line's change, if the supplier made one. */
        java.util.Optional<LineConfirmation> confirmation() {
            int confirmed = quantity.getValue() * perUnit;
            boolean less = confirmed < line.quantity();
            if (!less && promisedFor.isEmpty()) {
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(new LineConfirmation(line.sku(), less ? confirmed : null, promisedFor.getValue(),
                    less ? reason.getValue().strip() : null));
        }
    }
}
