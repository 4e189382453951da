package dev.feira.ordering.ui;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

import dev.feira.shared.Money;
import dev.feira.taxation.Taxes.TaxedSale;

/**
 * The taxes of a cart or an order: the goods, IPI and ICMS-ST added, the total with taxes, and the ICMS that is in
 * the prices (with the rate between the two states); a button explains each line's computation.
 */
class TaxesPanel extends Div {

    TaxesPanel() {
        setId("taxes");
        addClassName("taxes");
    }

    void show(TaxedSale sale, Locale locale) {
        removeAll();
        if (sale.lines().isEmpty()) {
            return;
        }
        add(line("taxes-goods", "taxes.goods", sale.goods(), locale));
        if (sale.ipi().amount().signum() > 0) {
            add(line("taxes-ipi", "taxes.ipi", sale.ipi(), locale));
        }
        if (sale.icmsSt().amount().signum() > 0) {
            add(line("taxes-icms-st", "taxes.icms-st", sale.icmsSt(), locale));
        }
        var total = line("taxes-total", "taxes.total", sale.total(), locale);
        total.addClassName("taxes-total");
        add(total);
        var icms = new Paragraph(sale.originState().isEmpty() ? getTranslation("taxes.icms.unknown-origin")
                : getTranslation("taxes.icms.included", sale.icms().format(locale), sale.originState().orElseThrow(),
                sale.destinationState().orElseThrow(), rate(sale.lines().getFirst().icmsRate(), locale)));
        icms.setId("taxes-icms");
        icms.addClassName("secondary");
        var why = new Button(getTranslation("taxes.why"), VaadinIcon.INFO_CIRCLE_O.create(), e -> new TaxTraceDialog(sale, locale).open());
        why.setId("taxes-why");
        why.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        add(icms, why);
    }

    /** An order's taxes as they were computed when it was placed (of the lines the supplier did not decline). */
    void show(dev.feira.ordering.PlacedOrder order, Locale locale) {
        removeAll();
        var taxes = order.taxes();
        add(line("taxes-goods", "taxes.goods", order.total(), locale));
        if (taxes.ipi().amount().signum() > 0) {
            add(line("taxes-ipi", "taxes.ipi", taxes.ipi(), locale));
        }
        if (taxes.icmsSt().amount().signum() > 0) {
            add(line("taxes-icms-st", "taxes.icms-st", taxes.icmsSt(), locale));
        }
        var total = line("taxes-total", "taxes.total", order.payable(), locale);
        total.addClassName("taxes-total");
        add(total);
        if (taxes.originState().isPresent()) {
            var icms = new Paragraph(getTranslation("taxes.icms.included.order", taxes.icms().format(locale), taxes.originState().get(),
                    taxes.destinationState().orElse(taxes.originState().get())));
            icms.setId("taxes-icms");
            icms.addClassName("secondary");
            add(icms);
        }
    }

    private Div line(String id, String label, Money amount, Locale locale) {
        var value = new Span(amount.format(locale));
        value.setId(id);
        return new Div(new Span(getTranslation(label) + ": "), value);
    }

    static String rate(BigDecimal percent, Locale locale) {
        var format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(2);
        return format.format(percent) + " %";
    }
}
