package dev.feira.ordering.ui;

import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Function;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.IntegerField;

import dev.feira.ordering.PricedCart;
import dev.feira.ordering.PricedCart.Line;
import dev.feira.pricing.TradeTerms;
import dev.feira.pricing.ui.PriceTrace;

/**
 * The cart's lines: the quantity edited in place in the unit the buyer chose ("1 FD", with "= 10 CX" beside it),
 * today's price and why, what changed since the line was added, and what keeps a line from being ordered. Changes go
 * to {@code onQuantity} as base units (0 removes the line).
 */
class CartLines extends Grid<Line> {

    private final transient BiConsumer<String, Integer> onQuantity;
    private transient Function<Line, TradeTerms> terms = line -> null;

    private static String lineTotal(Line line, Locale locale) {
        return line.price().filter(q -> line.problem().isEmpty()).map(q -> q.total().format(locale)).orElse("—");
    }

    /** A line on a phone: the product, its quantity and total, what is wrong with it, and removing it — stacked. */
    private com.vaadin.flow.component.Component card(Line line, Locale locale) {
        var name = new com.vaadin.flow.component.html.Div(line.product().map(p -> p.name()).orElse(line.sku()));
        name.addClassName("product-name");
        var meta = new com.vaadin.flow.component.html.Div(line.sku());
        meta.addClassName("product-meta");
        var total = new com.vaadin.flow.component.html.Span(lineTotal(line, locale));
        total.addClassName("cart-card-total");
        var row = new com.vaadin.flow.component.orderedlayout.HorizontalLayout(quantity(line, locale), total, remove(line));
        row.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.CENTER);
        row.setWidthFull();
        row.expand(total);
        var card = new com.vaadin.flow.component.html.Div(name, meta, row);
        line.problem().ifPresent(problem -> {
            var text = new com.vaadin.flow.component.html.Div(CartTexts.problem(this, line, problem, locale));
            text.addClassName("refusal");
            card.add(text);
        });
        card.addClassName("cart-card");
        return card;
    }

    CartLines(Locale locale, BiConsumer<String, Integer> onQuantity) {
        this.onQuantity = onQuantity;
        setId("cart-grid");
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        var sku = addColumn(Line::sku).setHeader(getTranslation("product.sku")).setAutoWidth(true).setFlexGrow(0).setKey("sku");
        var name = addColumn(l -> l.product().map(p -> p.name()).orElse("")).setHeader(getTranslation("product.name")).setFlexGrow(3)
                .setKey("name");
        var quantity = addComponentColumn(l -> quantity(l, locale)).setHeader(getTranslation("quick-order.quantity")).setWidth("12em")
                .setFlexGrow(0);
        var price = addComponentColumn(l -> unitPrice(l, locale)).setHeader(getTranslation("product.price")).setAutoWidth(true)
                .setFlexGrow(0).setKey("price");
        var total = addColumn(l -> lineTotal(l, locale)).setHeader(getTranslation("quick-order.line-total")).setAutoWidth(true)
                .setFlexGrow(0).setPartNameGenerator(l -> "line-total");
        var check = addColumn(l -> l.problem().map(p -> CartTexts.problem(this, l, p, locale)).orElse("✓"))
                .setHeader(getTranslation("quick-order.check")).setFlexGrow(2).setKey("check")
                .setPartNameGenerator(l -> l.problem().isPresent() ? "problem" : "ok");
        var remove = addComponentColumn(this::remove).setFlexGrow(0).setAutoWidth(true);
        var card = addComponentColumn(l -> card(l, locale)).setHeader(getTranslation("cart.lines")).setFlexGrow(1).setKey("card")
                .setPartNameGenerator(l -> l.problem().isPresent() ? "problem" : null);
        dev.feira.tenancy.ui.PhoneWidth.cardsOnPhones(this, card, sku, name, quantity, price, total, check, remove);
        setAllRowsVisible(true);
    }

    void show(PricedCart cart) {
        this.terms = line -> cart.terms();
        setItems(cart.lines());
    }

    private Component quantity(Line line, Locale locale) {
        var ordered = line.ordered();
        int perUnit = ordered.saleUnit().map(u -> u.baseUnits()).orElse(1);
        var field = new IntegerField();
        field.setValue(ordered.inChosenUnit());
        field.setMin(0);
        field.setStepButtonsVisible(true);
        // Steps in the chosen unit; in the base unit the buyer's order multiple.
        field.setStep(perUnit > 1 ? 1 : line.lot().map(lot -> lot.multiple()).orElse(1));
        field.setSuffixComponent(new Span(ordered.chosenUnit()));
        field.setWidthFull();
        field.addClassName("cart-quantity");
        field.getElement().setAttribute("data-sku", line.sku());
        field.setAriaLabel(getTranslation("cart.quantity-of", line.sku()));
        if (perUnit > 1) {
            field.setHelperText(getTranslation("cart.in-base-units", ordered.baseText(locale)));
        }
        field.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                onQuantity.accept(line.sku(), Math.multiplyExact(e.getValue(), perUnit));
            }
        });
        return field;
    }

    private Component unitPrice(Line line, Locale locale) {
        var cell = new Span();
        line.price().ifPresent(quote -> {
            var amount = new Span(quote.unitPrice().format(locale));
            amount.addClassName("unit-price");
            var why = new Button(VaadinIcon.INFO_CIRCLE_O.create(), e -> {
                var dialog = new Dialog(new PriceTrace(quote, terms.apply(line), locale));
                dialog.setHeaderTitle(line.sku());
                dialog.open();
            });
            why.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
            why.setAriaLabel(getTranslation("product.price.why"));
            cell.add(amount, why);
            if (line.priceChanged()) {
                var was = new Span(getTranslation("cart.price-was", line.priceWhenAdded().orElseThrow().format(locale)));
                was.addClassName("price-changed");
                cell.add(new Div(was));
            }
        });
        return cell;
    }

    private Component remove(Line line) {
        var remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> onQuantity.accept(line.sku(), 0));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel(getTranslation("cart.remove", line.sku()));
        remove.addClassName("cart-remove");
        return remove;
    }
}
