package dev.feira.ordering.ui;

import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import dev.feira.ordering.Carts;
import dev.feira.ordering.SavedLists;
import dev.feira.ordering.SavedLists.SavedList;

/**
 * Saves lines — a product, the cart, an order — to one of the buyer's lists or to a new one. Pages of other modules
 * open it through {@link #open(SavedLists, List)}.
 */
public class SaveToListDialog extends Dialog {

    private final transient SavedLists lists;
    private final transient List<Carts.NewLine> lines;

    private SaveToListDialog(SavedLists lists, List<Carts.NewLine> lines) {
        this.lists = lists;
        this.lines = List.copyOf(lines);
        setHeaderTitle(getTranslation("lists.save.title", lines.size()));
        setId("save-to-list");

        var existing = lists.ofCaller().stream().filter(SavedList::editable).toList();
        var where = new RadioButtonGroup<Boolean>();
        where.setId("save-to-list-where");
        where.setItems(false, true);
        where.setItemLabelGenerator(isNew -> getTranslation(isNew ? "lists.save.new" : "lists.save.existing"));
        var list = new Select<SavedList>();
        list.setId("save-to-list-existing");
        list.setItems(existing);
        list.setItemLabelGenerator(SavedList::name);
        list.setWidthFull();
        var name = new TextField(getTranslation("lists.name"));
        name.setId("save-to-list-name");
        name.setMaxLength(80);
        name.setPlaceholder(getTranslation("lists.name.example"));
        name.setWidthFull();
        var shared = new Checkbox(getTranslation("lists.shared"), true);
        shared.setId("save-to-list-shared");
        where.addValueChangeListener(e -> {
            list.setVisible(!e.getValue());
            name.setVisible(e.getValue());
            shared.setVisible(e.getValue());
        });
        where.setValue(existing.isEmpty());
        where.setVisible(!existing.isEmpty());
        if (!existing.isEmpty()) {
            list.setValue(existing.getFirst());
        }
        var form = new VerticalLayout(where, list, name, shared);
        form.setPadding(false);
        add(form);

        var save = new Button(getTranslation("lists.save"), e -> {
            try {
                SavedList saved = where.getValue() ? lists.create(name.getValue(), shared.getValue(), this.lines)
                        : lists.add(list.getValue().id(), this.lines);
                close();
                saved(saved);
            } catch (SavedLists.ListRefusal refused) {
                var field = where.getValue() ? name : null;
                if (field != null && refused.key().startsWith("lists.refused.name")) {
                    name.setErrorMessage(getTranslation(refused.key(), refused.arguments()));
                    name.setInvalid(true);
                } else {
                    CartNotices.refused(refused);
                }
            }
        });
        save.setId("save-to-list-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    /** Opens the dialog for {@code lines} (one or many). */
    public static void open(SavedLists lists, List<Carts.NewLine> lines) {
        new SaveToListDialog(lists, lines).open();
    }

    private static void saved(SavedList list) {
        var ui = UI.getCurrent();
        var notification = new Notification();
        notification.setDuration(6000);
        notification.setPosition(Notification.Position.TOP_END);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        var message = new Span(ui.getTranslation("lists.saved", list.name()));
        message.setId("list-notice");
        var link = new RouterLink(ui.getTranslation("lists.open"), SavedListView.class,
                new RouteParameters("id", list.id().toString()));
        link.getElement().addEventListener("click", e -> notification.close());
        var content = new HorizontalLayout(message, link);
        content.setAlignItems(HorizontalLayout.Alignment.CENTER);
        notification.add(content);
        notification.open();
    }
}
