package dev.feira.pricing.ui;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

import dev.feira.pricing.ConditionsEditor.Tier;

/**
 * A price list's prices: one per SKU and from-quantity (volume tiers). Setting a price for a SKU and quantity that
 * has one replaces it; nothing is stored until the list is saved.
 */
final class TierPricesEditor extends VerticalLayout {

    private final Grid<Tier> grid = new Grid<>();
    private final List<Tier> shown = new ArrayList<>();
    private final TextField sku = new TextField(getTranslation("product.sku"));
    private final IntegerField from = new IntegerField(getTranslation("price-lists.from"));
    private final BigDecimalField price = new BigDecimalField(getTranslation("price-lists.unit-price"));

    TierPricesEditor(Locale locale) {
        setPadding(false);
        NumberFormat amounts = NumberFormat.getNumberInstance(locale);
        amounts.setMinimumFractionDigits(2);
        amounts.setMaximumFractionDigits(4);
        grid.setId("price-list-tiers");
        grid.addColumn(Tier::sku).setHeader(getTranslation("product.sku")).setAutoWidth(true);
        grid.addColumn(Tier::minQuantity).setHeader(getTranslation("price-lists.from")).setAutoWidth(true);
        grid.addColumn(t -> amounts.format(t.unitPrice())).setHeader(getTranslation("price-lists.unit-price")).setAutoWidth(true);
        grid.addComponentColumn(this::removeButton).setFlexGrow(0).setAutoWidth(true);
        grid.setItems(shown);
        grid.setHeight("22em");

        sku.setId("tier-sku");
        sku.setWidth("10em");
        from.setId("tier-from");
        from.setValue(1);
        from.setMin(1);
        from.setWidth("8em");
        price.setId("tier-price");
        price.setWidth("9em");
        var add = new Button(getTranslation("price-lists.add-price"), VaadinIcon.PLUS.create(), e -> addTyped());
        add.setId("tier-add");
        var addRow = new HorizontalLayout(sku, from, price, add);
        addRow.setAlignItems(Alignment.BASELINE);
        addRow.setWrap(true);
        add(addRow, grid);
    }

    void show(List<Tier> tiers) {
        shown.clear();
        shown.addAll(tiers);
        grid.getDataProvider().refreshAll();
    }

    List<Tier> tiers() {
        return List.copyOf(shown);
    }

    private void addTyped() {
        if (sku.isEmpty() || from.getValue() == null || price.getValue() == null) {
            return;
        }
        String wanted = sku.getValue().strip().toUpperCase(Locale.ROOT);
        int quantity = from.getValue();
        BigDecimal unitPrice = price.getValue();
        shown.removeIf(t -> t.sku().equals(wanted) && t.minQuantity() == quantity);
        shown.add(new Tier(wanted, quantity, unitPrice));
        shown.sort(Comparator.comparing(Tier::sku).thenComparing(Tier::minQuantity));
        grid.getDataProvider().refreshAll();
        sku.clear();
        price.clear();
        from.setValue(1);
        sku.focus();
    }

    private Button removeButton(Tier tier) {
        var remove = new Button(VaadinIcon.TRASH.create(), e -> {
            shown.remove(tier);
            grid.getDataProvider().refreshAll();
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel(getTranslation("price-lists.remove-price"));
        return remove;
    }
}
