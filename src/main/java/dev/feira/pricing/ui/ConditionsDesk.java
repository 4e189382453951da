package dev.feira.pricing.ui;

import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;

import dev.feira.identity.BuyerAccountProfile;
import dev.feira.pricing.InvalidConditions;

/** What the supplier's condition editors share: audience pickers and the problem list. */
final class ConditionsDesk {

    private ConditionsDesk() {
    }

    /** Customer categories in use, and any new one typed in. */
    static ComboBox<String> categoryPicker(String label, java.util.Collection<String> categories) {
        var category = new ComboBox<String>(label);
        category.setItems(List.copyOf(categories));
        category.setAllowCustomValue(true);
        category.addCustomValueSetListener(e -> category.setValue(e.getDetail().strip().toLowerCase(java.util.Locale.ROOT)));
        category.setClearButtonVisible(true);
        return category;
    }

    static ComboBox<String> accountPicker(String label, List<BuyerAccountProfile> accounts) {
        var account = new ComboBox<String>(label);
        account.setItems(accounts.stream().map(BuyerAccountProfile::accountNumber).toList());
        var names = new java.util.HashMap<String, String>();
        accounts.forEach(a -> names.put(a.accountNumber(), a.accountNumber() + " · " + a.buyerCompanyName()));
        account.setItemLabelGenerator(number -> names.getOrDefault(number, number));
        account.setClearButtonVisible(true);
        return account;
    }

    /** Shows every problem of a refused save (or none). */
    static void show(UnorderedList list, Optional<InvalidConditions> refused) {
        list.removeAll();
        refused.ifPresent(e -> e.problems().forEach(p -> list.add(new ListItem(p))));
        list.setVisible(refused.isPresent());
    }

    static UnorderedList problemList(String id) {
        var list = new UnorderedList();
        list.setId(id);
        list.addClassName("form-problems");
        list.setVisible(false);
        return list;
    }
}
