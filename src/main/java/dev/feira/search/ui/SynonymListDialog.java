package dev.feira.search.ui;

import java.util.List;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;

import dev.feira.search.SearchSynonyms;
import dev.feira.search.SearchSynonyms.SynonymGroup;

/**
 * Every synonym group as one list, a group per line: to paste a spreadsheet's column or edit many at once. Saved all
 * or nothing; a bad line is named and the text stays as typed.
 */
class SynonymListDialog extends Dialog {

    SynonymListDialog(SearchSynonyms synonyms, List<SynonymGroup> current, Runnable saved) {
        setHeaderTitle(getTranslation("search-words.list.title"));
        setWidth("min(44rem, 100vw)");
        var lines = new TextArea(getTranslation("search-words.list.lines"));
        lines.setId("synonym-list");
        lines.setWidthFull();
        lines.setMinHeight("16rem");
        lines.setMaxHeight("60vh");
        lines.setValue(current.stream().map(group -> String.join(", ", group.terms())).collect(Collectors.joining("\n")));
        add(new Paragraph(getTranslation("search-words.list.help")), lines);
        var save = new Button(getTranslation("search-words.list.save"), e -> {
            try {
                synonyms.replaceAll(lines.getValue());
                close();
                saved.run();
            } catch (SearchSynonyms.SynonymRefusal refused) {
                lines.setErrorMessage(getTranslation(refused.key(), refused.arguments()));
                lines.setInvalid(true);
            }
        });
        save.setId("synonym-list-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
