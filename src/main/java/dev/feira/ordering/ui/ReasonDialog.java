package dev.feira.ordering.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;

/** One step on an order with a few words for the other side: a rejection's reason, an approver's comment, a payment's reference. */
class ReasonDialog extends Dialog {

    ReasonDialog(String actionKey, Consumer<String> then) {
        setHeaderTitle(getTranslation(actionKey));
        var reason = new TextField(getTranslation("orders.reason"));
        reason.setId("order-reason");
        reason.setWidthFull();
        reason.setMaxLength(500);
        add(reason);
        var ok = new Button(getTranslation(actionKey), e -> {
            close();
            then.accept(reason.getValue());
        });
        ok.setId("order-reason-save");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), ok);
    }
}
