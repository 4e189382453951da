package dev.feira.tenancy.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

/** A search-as-you-type box: the words go to the server once the buyer pauses typing (300 ms), or clears them. */
public final class SearchBox {

    private SearchBox() {
    }

    public static TextField create(String id, String placeholder) {
        var box = new TextField();
        box.setId(id);
        box.setPlaceholder(placeholder);
        box.setPrefixComponent(VaadinIcon.SEARCH.create());
        box.setClearButtonVisible(true);
        box.setWidthFull();
        box.setValueChangeMode(ValueChangeMode.LAZY);
        box.setValueChangeTimeout(300);
        return box;
    }
}
