package dev.feira.pricing.ui;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

import dev.feira.identity.BuyerAccountProfile;
import dev.feira.pricing.ConditionsEditor.PriceListDraft;
import dev.feira.tenancy.ui.DatePickerTexts;

/**
 * One price list: whom it is for (everyone, a customer category or one account), its priority and validity, and its
 * prices. A saved list keeps its code.
 */
final class PriceListForm extends VerticalLayout {

    private final TextField code = new TextField(getTranslation("conditions.code"));
    private final TextField name = new TextField(getTranslation("conditions.name"));
    private final ComboBox<String> category;
    private final ComboBox<String> account;
    private final IntegerField priority = new IntegerField(getTranslation("price-lists.priority"));
    private final DatePicker validFrom = DatePickerTexts.translated(new DatePicker(getTranslation("conditions.valid-from")));
    private final DatePicker validUntil = DatePickerTexts.translated(new DatePicker(getTranslation("conditions.valid-until")));
    private final TierPricesEditor prices;
    /** The currency of the list shown; a new list takes the supplier's. */
    private String currency;

    PriceListForm(java.util.Collection<String> customerCategories, List<BuyerAccountProfile> accounts, Locale locale) {
        setPadding(false);
        code.setId("price-list-code");
        name.setId("price-list-name");
        category = ConditionsDesk.categoryPicker(getTranslation("conditions.category"), customerCategories);
        category.setId("price-list-category");
        account = ConditionsDesk.accountPicker(getTranslation("conditions.account"), accounts);
        account.setId("price-list-account");
        priority.setId("price-list-priority");
        validFrom.setId("price-list-valid-from");
        validUntil.setId("price-list-valid-until");
        prices = new TierPricesEditor(locale);
        add(new FormLayout(code, name, category, account, priority, validFrom, validUntil), new H3(getTranslation("price-lists.prices")),
                prices);
    }

    /** Fills the form with a list, or empties it for a new one. */
    void show(PriceListDraft list) {
        code.setReadOnly(list != null);
        code.setValue(list == null ? "" : list.code());
        name.setValue(list == null ? "" : list.name());
        category.setValue(list == null ? null : list.category());
        account.setValue(list == null ? null : list.accountNumber());
        priority.setValue(list == null ? 0 : list.priority());
        validFrom.setValue(list == null ? null : list.validFrom());
        validUntil.setValue(list == null ? null : list.validUntil());
        currency = list == null ? null : list.currency();
        prices.show(list == null ? List.of() : list.tiers());
    }

    /** The list as typed, for the conditions' rules to judge. */
    PriceListDraft read() {
        return new PriceListDraft(code.getValue(), name.getValue(), currency, category.getValue(), account.getValue(),
                priority.getValue() == null ? 0 : priority.getValue(), validFrom.getValue(), validUntil.getValue(), prices.tiers());
    }

    /** The code of a saved list shown (empty for a new one). */
    java.util.Optional<String> savedCode() {
        return code.isReadOnly() ? java.util.Optional.of(code.getValue()) : java.util.Optional.empty();
    }
}
