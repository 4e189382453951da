package dev.feira.rfq.ui;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import dev.feira.rfq.BuyerRfq;
import dev.feira.rfq.RfqDraft;
import dev.feira.rfq.Rfqs.SupplierChoice;
import dev.feira.shared.TenantId;

/**
 * What a buyer writes in an RFQ: the request, its lines (typed, or carried from a product), and the suppliers asked.
 * Holds no rule of its own: {@code Rfqs} checks everything and its refusal is shown beside the buttons.
 */
class RfqForm extends Composite<VerticalLayout> {

    private final TextField title = new TextField();
    private final DatePicker needBy = dev.feira.tenancy.ui.DatePickerTexts.translated(new DatePicker());
    private final TextField deliveryPlace = new TextField();
    private final DateTimePicker deadline = new DateTimePicker();
    private final Checkbox sealed = new Checkbox();
    private final RadioButtonGroup<RfqDraft.AwardMode> awardMode = new RadioButtonGroup<>();
    private final TextArea notes = new TextArea();
    private final MultiSelectComboBox<SupplierChoice> suppliers = new MultiSelectComboBox<>();
    private final Grid<RfqDraft.Line> lines = new Grid<>();
    private final List<RfqDraft.Line> shownLines = new ArrayList<>();

    private final java.util.function.Function<List<RfqDraft.Line>, List<dev.feira.rfq.Rfqs.SupplierSuggestion>> suggest;

    /** @param suggest who could quote the lines (the marketplace search, within what the buyer may see) */
    RfqForm(List<SupplierChoice> askable,
            java.util.function.Function<List<RfqDraft.Line>, List<dev.feira.rfq.Rfqs.SupplierSuggestion>> suggest) {
        this.suggest = suggest;
        title.setId("rfq-title");
        title.setLabel(getTranslation("rfq.title"));
        title.setMaxLength(200);
        title.setWidthFull();
        needBy.setId("rfq-need-by");
        needBy.setLabel(getTranslation("rfq.need-by"));
        deliveryPlace.setId("rfq-delivery-place");
        deliveryPlace.setLabel(getTranslation("rfq.delivery-place"));
        deliveryPlace.setMaxLength(300);
        deadline.setId("rfq-deadline");
        deadline.setLabel(getTranslation("rfq.deadline"));
        deadline.setHelperText(getTranslation("rfq.deadline.help"));
        sealed.setId("rfq-sealed");
        sealed.setLabel(getTranslation("rfq.sealed"));
        sealed.setValue(true);
        awardMode.setId("rfq-award-mode");
        awardMode.setLabel(getTranslation("rfq.award-mode"));
        awardMode.setItems(RfqDraft.AwardMode.values());
        awardMode.setItemLabelGenerator(m -> getTranslation("rfq.award-mode." + m));
        awardMode.setValue(RfqDraft.AwardMode.PER_LINE);
        notes.setId("rfq-notes");
        notes.setLabel(getTranslation("rfq.notes"));
        notes.setMaxLength(4000);
        suppliers.setId("rfq-suppliers");
        suppliers.setLabel(getTranslation("rfq.suppliers"));
        suppliers.setItems(askable);
        suppliers.setItemLabelGenerator(SupplierChoice::name);
        suppliers.setWidthFull();

        var form = new FormLayout(title, needBy, deliveryPlace, deadline, awardMode, sealed, suppliers, notes);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("700px", 2));
        form.setColspan(title, 2);
        form.setColspan(suppliers, 2);
        form.setColspan(notes, 2);
        getContent().add(form, new H3(getTranslation("rfq.lines")), lineEditor(), lines, suggestions());
        getContent().setPadding(false);
        lines.setId("rfq-lines");
        lines.addColumn(RfqDraft.Line::description).setHeader(getTranslation("rfq.line.description")).setWidth("12em").setFlexGrow(1);
        lines.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        lines.addColumn(RfqDraft.Line::quantity).setHeader(getTranslation("rfq.line.quantity")).setAutoWidth(true).setFlexGrow(0);
        lines.addColumn(RfqDraft.Line::unit).setHeader(getTranslation("rfq.line.unit")).setAutoWidth(true).setFlexGrow(0);
        lines.addColumn(l -> l.targetPrice() == null ? "" : l.targetPrice().toPlainString()).setHeader(getTranslation("rfq.line.target"))
                .setAutoWidth(true).setFlexGrow(0);
        lines.addComponentColumn(l -> {
            var remove = new Button(getTranslation("rfq.line.remove"), e -> {
                shownLines.remove(l);
                lines.setItems(shownLines);
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            return remove;
        }).setAutoWidth(true).setFlexGrow(0);
        lines.setAllRowsVisible(true);
        lines.setItems(shownLines);
    }

    private HorizontalLayout lineEditor() {
        var description = new TextField(getTranslation("rfq.line.description"));
        description.setId("rfq-line-description");
        description.setMaxLength(300);
        var quantity = new IntegerField(getTranslation("rfq.line.quantity"));
        quantity.setId("rfq-line-quantity");
        quantity.setMin(1);
        quantity.setWidth("8em");
        var unit = new TextField(getTranslation("rfq.line.unit"));
        unit.setId("rfq-line-unit");
        unit.setValue("UN");
        unit.setMaxLength(16);
        unit.setWidth("6em");
        var target = new BigDecimalField(getTranslation("rfq.line.target"));
        target.setId("rfq-line-target");
        target.setWidth("9em");
        var add = new Button(getTranslation("rfq.line.add"), e -> {
            if (description.isEmpty() || quantity.getValue() == null || quantity.getValue() < 1 || unit.isEmpty()) {
                description.setInvalid(description.isEmpty());
                quantity.setInvalid(quantity.getValue() == null || quantity.getValue() < 1);
                unit.setInvalid(unit.isEmpty());
                return;
            }
            shownLines.add(new RfqDraft.Line(description.getValue(), quantity.getValue(), unit.getValue(), target.getValue(),
                    null, null, null, null));
            lines.setItems(shownLines);
            description.clear();
            quantity.clear();
            target.clear();
            description.setInvalid(false);
            quantity.setInvalid(false);
            description.focus();
        });
        add.setId("rfq-line-add");
        var row = new HorizontalLayout(description, quantity, unit, target, add);
        row.setAlignItems(Alignment.BASELINE);
        row.setWrap(true);
        return row;
    }

    /** Who holds the lines' items, and a click to ask them all. */
    private com.vaadin.flow.component.Component suggestions() {
        var found = new com.vaadin.flow.component.html.Span();
        found.setId("rfq-suggestions");
        List<TenantId> suggested = new ArrayList<>();
        var askThem = new Button(getTranslation("rfq.suggest.ask"), e -> suggested.forEach(this::ask));
        askThem.setId("rfq-suggestions-ask");
        askThem.setVisible(false);
        var find = new Button(getTranslation("rfq.suggest"), e -> {
            var suggestions = suggest.apply(List.copyOf(shownLines));
            suggested.clear();
            suggestions.forEach(s -> suggested.add(s.id()));
            found.setText(suggestions.isEmpty() ? getTranslation("rfq.suggest.none") : suggestions.stream()
                    .map(s -> getTranslation("rfq.suggest.supplier", s.name(), s.lines(), shownLines.size()))
                    .collect(java.util.stream.Collectors.joining(" · ")));
            askThem.setVisible(!suggestions.isEmpty());
        });
        find.setId("rfq-suggest");
        find.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var row = new HorizontalLayout(find, found, askThem);
        row.setAlignItems(Alignment.BASELINE);
        row.setWrap(true);
        return row;
    }

    /** Shows a draft being rewritten. */
    void show(BuyerRfq rfq, List<SupplierChoice> askable) {
        title.setValue(rfq.title());
        if (rfq.needBy() != null) {
            needBy.setValue(rfq.needBy());
        }
        deliveryPlace.setValue(rfq.deliveryPlace() == null ? "" : rfq.deliveryPlace());
        if (rfq.deadline() != null) {
            deadline.setValue(LocalDateTime.ofInstant(rfq.deadline(), RfqsView.BUYER_ZONE));
        }
        sealed.setValue(rfq.sealed());
        awardMode.setValue(rfq.awardMode());
        notes.setValue(rfq.notes() == null ? "" : rfq.notes());
        Set<TenantId> invited = new LinkedHashSet<>();
        rfq.answers().forEach(a -> invited.add(a.supplier()));
        suppliers.setValue(askable.stream().filter(s -> invited.contains(s.id())).toList());
        shownLines.clear();
        rfq.lines().forEach(l -> shownLines.add(new RfqDraft.Line(l.description(), l.quantity(), l.unit(), l.targetPrice(), l.sku(),
                l.supplier(), l.gtin(), l.mpn())));
        lines.setItems(shownLines);
    }

    /** Adds a line asked for a product of a supplier's catalog (from a cart, a product page or a comparison). */
    void addProduct(String description, int quantity, String unit, String sku, TenantId supplier, String gtin, String mpn) {
        shownLines.add(new RfqDraft.Line(description, quantity, unit, null, sku, supplier, gtin, mpn));
        lines.setItems(shownLines);
    }

    /** Asks this supplier too (a supplier the buyer may ask). */
    void ask(TenantId supplier) {
        var chosen = new LinkedHashSet<>(suppliers.getValue());
        suppliers.getListDataView().getItems().filter(s -> s.id().equals(supplier)).forEach(chosen::add);
        suppliers.setValue(chosen);
    }

    RfqDraft draft() {
        return new RfqDraft(title.getValue(), needBy.getValue(), deliveryPlace.getValue(),
                deadline.getValue() == null ? null : deadline.getValue().atZone(RfqsView.BUYER_ZONE).toInstant(), null,
                sealed.getValue(), awardMode.getValue(), notes.getValue(), List.copyOf(shownLines));
    }

    Set<TenantId> invited() {
        Set<TenantId> ids = new LinkedHashSet<>();
        suppliers.getValue().forEach(s -> ids.add(s.id()));
        return ids;
    }
}
