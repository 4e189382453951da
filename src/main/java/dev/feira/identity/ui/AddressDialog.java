package dev.feira.identity.ui;

import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

import dev.feira.identity.CompanyAddresses;
import dev.feira.identity.Refusal;
import dev.feira.shared.BrazilianStates;

/** A new address of the buyer company: a refusal marks the field it is about, in the reader's language. */
class AddressDialog extends Dialog {

    AddressDialog(CompanyAddresses addresses, Runnable added) {
        setHeaderTitle(getTranslation("addresses.add"));
        var label = field("address-label", "addresses.label", 120);
        label.setPlaceholder(getTranslation("addresses.label.example"));
        var taxId = field("address-tax-id", "addresses.tax-id", 18);
        taxId.setPlaceholder("12.345.678/0001-95");
        var street = field("address-street", "addresses.street", 200);
        var district = field("address-district", "addresses.district", 100);
        var city = field("address-city", "addresses.city", 100);
        var state = new Select<String>();
        state.setLabel(getTranslation("addresses.state"));
        state.setId("address-state");
        state.setItems(BrazilianStates.CODES);
        var cep = field("address-postal-code", "addresses.postal-code", 9);
        cep.setPlaceholder("01310-100");
        var form = new FormLayout(label, taxId, street, district, city, state, cep);
        form.setColspan(street, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        add(form);
        Map<String, HasValidation> byKey = Map.of("addresses.refused.tax-id", taxId, "addresses.refused.state", state,
                "addresses.refused.postal-code", cep, "addresses.refused.required.label", label, "addresses.refused.required.street", street,
                "addresses.refused.required.city", city, "addresses.refused.too-long.label", label,
                "addresses.refused.too-long.street", street, "addresses.refused.too-long.city", city);
        var save = new Button(getTranslation("addresses.save"), e -> {
            byKey.values().forEach(f -> f.setInvalid(false));
            try {
                addresses.add(new CompanyAddresses.NewAddress(label.getValue(), taxId.getValue(), street.getValue(), district.getValue(),
                        city.getValue(), state.getValue(), cep.getValue()));
                close();
                added.run();
            } catch (Refusal refused) {
                var field = byKey.getOrDefault(refused.key(), label);
                field.setErrorMessage(getTranslation(refused.key()));
                field.setInvalid(true);
            }
        });
        save.setId("address-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    private TextField field(String id, String label, int max) {
        var field = new TextField(getTranslation(label));
        field.setId(id);
        field.setMaxLength(max);
        return field;
    }
}
