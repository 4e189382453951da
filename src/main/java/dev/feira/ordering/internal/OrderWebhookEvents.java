package dev.feira.ordering.internal;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import dev.feira.ordering.DeliveryShipped;
import dev.feira.ordering.OrderPlaced;
import dev.feira.ordering.OrderStatusChanged;
import dev.feira.ordering.Orders;
import dev.feira.webhooks.Webhooks;

/** A supplier's systems hear of its orders through its webhooks: placed, status changed, shipped. */
@Component
class OrderWebhookEvents {

    private final Webhooks webhooks;
    private final Orders orders;

    OrderWebhookEvents(Webhooks webhooks, Orders orders) {
        this.webhooks = webhooks;
        this.orders = orders;
    }

    @ApplicationModuleListener
    void on(OrderPlaced placed) {
        publish("order.placed", placed.order(), eventId(placed.order(), "placed"), Map.of());
    }

    @ApplicationModuleListener
    void on(OrderStatusChanged changed) {
        publish("order.status_changed", changed.order(), eventId(changed.order(), changed.to() + "@" + changed.at()),
                Map.of("from", changed.from().name(), "to", changed.to().name()));
    }

    @ApplicationModuleListener
    void on(DeliveryShipped shipped) {
        for (UUID order : shipped.orders()) {
            publish("delivery.shipped", order, eventId(order, "shipped " + shipped.delivery()),
                    Map.of("delivery", shipped.number(), "trackingNumber", shipped.trackingNumber()));
        }
    }

    /** The same event always gets the same id, so receivers can recognise a repeat. */
    private static UUID eventId(UUID order, String what) {
        return UUID.nameUUIDFromBytes((order + " " + what).getBytes(StandardCharsets.UTF_8));
    }

    private void publish(String type, UUID orderId, UUID eventId, Map<String, String> details) {
        if (!webhooks.subscribed(type)) {
            return; // nobody listens: the order need not be read
        }
        var body = new LinkedHashMap<String, Object>(details);
        body.put("order", orders.byId(orderId).orElseThrow().asSupplierSees()); // the supplier's systems
        webhooks.publish(type, eventId, body);
    }
}
