package dev.feira.ordering.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;

import dev.feira.ordering.DeliveryNote;

/** A planned delivery leaves: with its carrier and the tracking number the buyer follows. */
class ShipmentDialog extends Dialog {

    /** What the supplier typed. */
    interface Shipped {
        void ship(String carrier, String trackingNumber);
    }

    ShipmentDialog(DeliveryNote delivery, Shipped then) {
        setHeaderTitle(getTranslation("delivery.ship.title", delivery.number()));
        var carrier = new TextField(getTranslation("delivery.carrier"));
        carrier.setId("delivery-carrier");
        var tracking = new TextField(getTranslation("delivery.tracking"));
        tracking.setId("delivery-tracking");
        tracking.setRequired(true);
        add(new VerticalLayout(carrier, tracking));
        var ship = new Button(getTranslation("delivery.ship"), e -> {
            if (tracking.isEmpty()) {
                tracking.setInvalid(true);
                tracking.setErrorMessage(getTranslation("delivery.tracking.required"));
                return;
            }
            close();
            then.ship(carrier.getValue(), tracking.getValue());
        });
        ship.setId("delivery-ship-save");
        ship.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), ship);
    }
}
