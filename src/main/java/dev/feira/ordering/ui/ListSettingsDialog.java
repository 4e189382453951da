package dev.feira.ordering.ui;

import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;

import dev.feira.ordering.SavedLists;
import dev.feira.ordering.SavedLists.SavedList;

/** A list's name and whether the company sees it: for a new list ({@code list} null) or one being renamed. */
class ListSettingsDialog extends Dialog {

    ListSettingsDialog(SavedLists lists, SavedList list, Consumer<SavedList> saved) {
        setHeaderTitle(getTranslation(list == null ? "lists.new" : "lists.settings"));
        setId("list-settings");
        var name = new TextField(getTranslation("lists.name"));
        name.setId("list-settings-name");
        name.setMaxLength(80);
        name.setPlaceholder(getTranslation("lists.name.example"));
        name.setWidthFull();
        var shared = new Checkbox(getTranslation("lists.shared"), list == null || list.shared());
        shared.setId("list-settings-shared");
        if (list != null) {
            name.setValue(list.name());
        }
        var form = new VerticalLayout(name, shared);
        form.setPadding(false);
        add(form);
        var save = new Button(getTranslation("lists.save"), e -> {
            try {
                var result = list == null ? lists.create(name.getValue(), shared.getValue(), List.of())
                        : lists.rename(list.id(), name.getValue(), shared.getValue());
                close();
                saved.accept(result);
            } catch (SavedLists.ListRefusal refused) {
                name.setErrorMessage(getTranslation(refused.key(), refused.arguments()));
                name.setInvalid(true);
            }
        });
        save.setId("list-settings-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
