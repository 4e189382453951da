package dev.feira.ordering.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;

/** Lines pasted by SKU ("FP-00001 10", "FP-00092 2 FD"), from a spreadsheet or an ERP, to go into the cart. */
class PasteLines extends VerticalLayout {

    PasteLines(Consumer<String> onAdd) {
        setPadding(false);
        var pasted = new TextArea(getTranslation("cart.paste"));
        pasted.setId("cart-paste");
        pasted.setPlaceholder("FP-00001 10\nFP-00092 2 FD");
        pasted.setWidthFull();
        var add = new Button(getTranslation("cart.paste.add"), VaadinIcon.CART.create(), e -> {
            onAdd.accept(pasted.getValue());
            pasted.clear();
        });
        add.setId("cart-paste-add");
        add(pasted, add);
    }
}
