package dev.feira.ordering.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

import dev.feira.ordering.PlacedOrder;

/** One delivery with everything open of this order and of the buyer's other confirmed orders picked. */
class CombinedDeliveryDialog extends Dialog {

    CombinedDeliveryDialog(PlacedOrder order, String buyerName, List<PlacedOrder> others, Consumer<List<UUID>> then) {
        setHeaderTitle(getTranslation("order.combine.title", order.number(), buyerName));
        var pick = new MultiSelectComboBox<PlacedOrder>(getTranslation("order.combine.with"));
        pick.setId("order-combine-with");
        pick.setItems(others);
        pick.setItemLabelGenerator(o -> o.number() + " · " + o.total().format(getLocale()));
        pick.setWidthFull();
        add(others.isEmpty() ? new Paragraph(getTranslation("order.combine.none")) : pick);
        var combine = new Button(getTranslation("order.combine"), e -> {
            var picked = new ArrayList<UUID>(List.of(order.id()));
            pick.getSelectedItems().forEach(o -> picked.add(o.id()));
            close();
            then.accept(picked);
        });
        combine.setId("order-combine-save");
        combine.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), combine);
    }
}
