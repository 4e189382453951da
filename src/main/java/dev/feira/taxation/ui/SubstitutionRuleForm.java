package dev.feira.taxation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;

import dev.feira.shared.BrazilianStates;
import dev.feira.taxation.SubstitutionRules;

/** A new ICMS-ST rule: NCM (or its start), destination state (or any), margin. A refusal marks its field. */
class SubstitutionRuleForm extends HorizontalLayout {

    SubstitutionRuleForm(SubstitutionRules rules, Runnable added) {
        var ncm = new TextField(getTranslation("taxes.rule.ncm"));
        ncm.setId("st-rule-ncm");
        ncm.setPlaceholder("7318.15");
        var state = new Select<String>();
        state.setLabel(getTranslation("taxes.rule.state"));
        state.setId("st-rule-state");
        state.setItems(BrazilianStates.CODES);
        state.setEmptySelectionAllowed(true);
        state.setEmptySelectionCaption(getTranslation("taxes.rule.any-state"));
        var mva = new BigDecimalField(getTranslation("taxes.rule.mva"));
        mva.setId("st-rule-mva");
        mva.setSuffixComponent(new com.vaadin.flow.component.html.Span("%"));
        var add = new Button(getTranslation("taxes.rule.add"), e -> {
            ncm.setInvalid(false);
            mva.setInvalid(false);
            try {
                rules.add(ncm.getValue(), state.getValue(), mva.getValue());
                ncm.clear();
                mva.clear();
                added.run();
            } catch (SubstitutionRules.TaxRefusal refused) {
                var field = refused.key().endsWith("mva") ? mva : ncm;
                field.setErrorMessage(getTranslation(refused.key()));
                field.setInvalid(true);
            }
        });
        add.setId("st-rule-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        setAlignItems(FlexComponent.Alignment.BASELINE);
        setWrap(true);
        add(ncm, state, mva, add);
    }
}
