package dev.feira.ordering.ui;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;

import dev.feira.ordering.PlacedOrder;

/** Plans one delivery of part of an order: what is still open of each line, edited down. */
class DeliveryPlanDialog extends Dialog {

    /**
     * @param open what is still open per line position
     * @param then receives the quantities to deliver, by SKU
     */
    DeliveryPlanDialog(PlacedOrder order, Map<Integer, Integer> open, Consumer<Map<String, Integer>> then) {
        setHeaderTitle(getTranslation("order.plan.title", order.number()));
        var fields = new LinkedHashMap<String, IntegerField>();
        var form = new VerticalLayout();
        for (var line : order.lines()) {
            int left = open.getOrDefault(line.position(), 0);
            if (left == 0) {
                continue;
            }
            var quantity = new IntegerField(line.sku() + " — " + line.name());
            quantity.setHelperText(getTranslation("order.plan.open", left, line.unit()));
            quantity.setMin(0);
            quantity.setMax(left);
            quantity.setValue(left);
            quantity.setStepButtonsVisible(true);
            quantity.addClassName("plan-quantity");
            quantity.getElement().setAttribute("data-sku", line.sku());
            fields.put(line.sku(), quantity);
            form.add(quantity);
        }
        add(form);
        var plan = new Button(getTranslation("order.plan"), e -> {
            var quantities = new LinkedHashMap<String, Integer>();
            fields.forEach((sku, field) -> {
                if (field.getValue() != null && field.getValue() > 0) {
                    quantities.put(sku, field.getValue());
                }
            });
            if (quantities.isEmpty()) {
                Notification.show(getTranslation("order.plan.nothing"), 4000, Notification.Position.MIDDLE);
                return;
            }
            close();
            then.accept(quantities);
        });
        plan.setId("order-plan-save");
        plan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), plan);
    }
}
