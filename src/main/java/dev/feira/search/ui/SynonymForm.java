package dev.feira.search.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;

import dev.feira.search.SearchSynonyms;

/** A new synonym group, written as buyers would search it: terms separated by commas. A refusal marks the field. */
class SynonymForm extends HorizontalLayout {

    private final TextField terms = new TextField();

    SynonymForm(SearchSynonyms synonyms, Runnable added) {
        terms.setLabel(getTranslation("search-words.synonyms.terms"));
        terms.setPlaceholder(getTranslation("search-words.synonyms.terms.placeholder"));
        terms.setId("synonym-terms");
        terms.setMinWidth("16rem");
        terms.setWidth("32rem");
        terms.setMaxWidth("100%");
        var add = new Button(getTranslation("search-words.synonyms.add"), e -> {
            terms.setInvalid(false);
            try {
                synonyms.add(terms.getValue());
                terms.clear();
                added.run();
            } catch (SearchSynonyms.SynonymRefusal refused) {
                terms.setErrorMessage(getTranslation(refused.key(), refused.arguments()));
                terms.setInvalid(true);
            }
        });
        add.setId("synonym-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        setAlignItems(FlexComponent.Alignment.BASELINE);
        setWrap(true);
        // The form's width is the section's, so the field's 100% cap holds on a phone
        setWidthFull();
        add(terms, add);
    }

    /** Starts a group with a word buyers searched in vain; the supplier adds what it means. */
    void startWith(String word) {
        terms.setValue(word + ", ");
        terms.setInvalid(false);
        terms.focus();
    }
}
