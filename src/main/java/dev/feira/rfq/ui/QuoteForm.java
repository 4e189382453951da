package dev.feira.rfq.ui;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import dev.feira.pricing.TradeTerms;
import dev.feira.pricing.ui.PriceTrace;
import dev.feira.rfq.QuoteDraft;
import dev.feira.rfq.QuoteRevision;
import dev.feira.rfq.SupplierInvitation;

/**
 * The rep's quote: each line starts from this buyer's own price for the product (its trace one click away) or from the
 * latest revision, and from the buyer's terms here; the rep edits and submits. Rules are the {@code Quotes} service's.
 */
class QuoteForm extends Composite<VerticalLayout> {

    private final SupplierInvitation invitation;
    private final DatePicker validUntil = dev.feira.tenancy.ui.DatePickerTexts.translated(new DatePicker());
    private final TextField paymentTerms = new TextField();
    private final Select<TradeTerms.Freight> freight = new Select<>();
    private final BigDecimalField freightValue = new BigDecimalField();
    private final TextArea notes = new TextArea();
    private final List<LineInput> inputs = new ArrayList<>();

    QuoteForm(SupplierInvitation invitation, LocalDate today, Locale locale) {
        this.invitation = invitation;
        var latest = invitation.latest();
        validUntil.setId("quote-valid-until");
        validUntil.setLabel(getTranslation("quote.valid-until"));
        validUntil.setMin(today);
        validUntil.setValue(latest.map(QuoteRevision::validUntil).filter(d -> !d.isBefore(today)).orElse(today.plusDays(15)));
        paymentTerms.setId("quote-payment-terms");
        paymentTerms.setLabel(getTranslation("quote.payment-terms"));
        paymentTerms.setMaxLength(200);
        paymentTerms.setValue(latest.map(QuoteRevision::paymentTerms).orElse(nonNull(invitation.buyersTerms().paymentTerms())));
        freight.setId("quote-freight");
        freight.setLabel(getTranslation("quote.freight"));
        freight.setItems(TradeTerms.Freight.values());
        freight.setValue(latest.map(QuoteRevision::freight).orElse(invitation.buyersTerms().freight()));
        freightValue.setId("quote-freight-value");
        freightValue.setLabel(getTranslation("quote.freight-value"));
        freightValue.setValue(shown(latest.map(QuoteRevision::freightValue).orElse(BigDecimal.ZERO)));
        notes.setId("quote-notes");
        notes.setLabel(getTranslation("quote.notes"));
        notes.setMaxLength(4000);
        latest.map(QuoteRevision::notes).ifPresent(notes::setValue);
        var terms = new FormLayout(validUntil, paymentTerms, freight, freightValue, notes);
        terms.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("700px", 2));
        terms.setColspan(notes, 2);

        for (var line : invitation.lines()) {
            inputs.add(new LineInput(line, latest.flatMap(r -> r.lines().stream().filter(l -> l.lineId().equals(line.lineId())).findFirst()),
                    invitation.buyersTerms(), locale));
        }
        var grid = new Grid<LineInput>();
        grid.setId("quote-lines");
        grid.addComponentColumn(LineInput::asked).setHeader(getTranslation("rfq.line.description")).setFlexGrow(1);
        grid.addComponentColumn(i -> i.price).setHeader(getTranslation("quote.unit-price")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(i -> i.quantity).setHeader(getTranslation("rfq.line.quantity")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(i -> i.leadTime).setHeader(getTranslation("quote.lead-time")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(i -> i.minLot).setHeader(getTranslation("quote.min-lot")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(i -> i.alternative).setHeader(getTranslation("quote.alternative")).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(inputs);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        getContent().setPadding(false);
        getContent().add(grid, terms);
    }

    QuoteDraft draft() {
        return new QuoteDraft(invitation.currency(), validUntil.getValue(), paymentTerms.getValue(), freight.getValue(),
                freightValue.getValue(), notes.getValue(), inputs.stream().map(LineInput::draft).toList());
    }

    /** Money as people write it: cents always, more decimals only where the price has them (0,45 not 0,4500). */
    static BigDecimal shown(BigDecimal amount) {
        BigDecimal stripped = amount.stripTrailingZeros();
        return stripped.scale() < 2 ? amount.setScale(2, java.math.RoundingMode.UNNECESSARY) : stripped;
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }

    /** One line's inputs, started from the latest revision or else the buyer's own price. */
    private final class LineInput {
        private final SupplierInvitation.Line line;
        private final Locale locale;
        private final BigDecimalField price = new BigDecimalField();
        private final IntegerField quantity = new IntegerField();
        private final IntegerField leadTime = new IntegerField();
        private final IntegerField minLot = new IntegerField();
        private final TextField alternative = new TextField();

        LineInput(SupplierInvitation.Line line, java.util.Optional<QuoteRevision.Line> before, TradeTerms terms, Locale locale) {
            this.line = line;
            this.locale = locale;
            price.setWidth("8em");
            price.addClassName("quote-price");
            quantity.setWidth("7em");
            leadTime.setWidth("6em");
            minLot.setWidth("6em");
            alternative.setWidth("8em");
            alternative.setPlaceholder(getTranslation("quote.alternative.placeholder"));
            if (before.isPresent()) {
                before.get().unitPrice().map(QuoteForm::shown).ifPresent(price::setValue);
                quantity.setValue(before.get().quantity().orElse(line.quantity()));
                before.get().leadTimeDays().ifPresent(leadTime::setValue);
                before.get().minLot().ifPresent(minLot::setValue);
                if (before.get().alternativeSku() != null) {
                    alternative.setValue(before.get().alternativeSku());
                }
            } else {
                line.suggested().ifPresent(s -> price.setValue(shown(s.unitPrice().amount())));
                quantity.setValue(line.quantity());
                leadTime.setValue(terms.leadTimeDays());
            }
        }

        Div asked() {
            var asked = new Div(new Span(line.position() + ". " + line.description() + " — " + line.quantity() + " " + line.unit()));
            if (line.sku() != null) {
                asked.add(new Div(getTranslation("quote.your-product", line.sku())));
            }
            if (line.targetPrice() != null) {
                asked.add(new Div(getTranslation("quote.target", line.targetPrice().toPlainString())));
            }
            line.roundTarget().ifPresent(target -> {
                var aim = new Div(getTranslation("quote.round-target", shown(target).toPlainString()));
                aim.addClassName("quote-round-target");
                aim.getElement().getThemeList().add("badge");
                asked.add(aim);
            });
            line.suggested().ifPresent(quote -> {
                var why = new Details(getTranslation("quote.suggested", quote.unitPrice().format(locale)),
                        new PriceTrace(quote, invitation.buyersTerms(), locale));
                why.addClassName("quote-suggested");
                asked.add(why);
            });
            return asked;
        }

        QuoteDraft.Line draft() {
            return new QuoteDraft.Line(line.lineId(), price.getValue(), quantity.getValue(), null, leadTime.getValue(), minLot.getValue(),
                    alternative.getValue(), null);
        }
    }
}
