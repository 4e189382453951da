package dev.feira.ordering.internal;

import java.net.URI;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import dev.feira.ordering.DeliveryShipped;
import dev.feira.ordering.OrderPlaced;
import dev.feira.ordering.OrderStatusChanged;
import dev.feira.ordering.OrderWebhooks;
import dev.feira.ordering.Orders;
import dev.feira.shared.net.OutboundHttp;

/**
 * Supplier's webhook subscriptions, and the deliveries each order event becomes: one per interested
 * subscription, stored in the event's own transaction and sent by {@link WebhookSender}. An event
 * delivered again by the publication registry finds its deliveries there and adds none.
 */
@Service
@Transactional
class WebhookDesk implements OrderWebhooks {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final WebhookStore subscriptions;
    private final WebhookDeliveryStore deliveries;
    private final Orders orders;
    private final JsonMapper json;
    private final OutboundHttp outbound;

    WebhookDesk(WebhookStore subscriptions, WebhookDeliveryStore deliveries, Orders orders, JsonMapper json, OutboundHttp outbound) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.orders = orders;
        this.json = json;
        this.outbound = outbound;
    }

    @Override
    public Subscription subscribe(String url, Set<String> events) {
        URI target;
        try {
            target = URI.create(url == null ? "" : url.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + url + "' is not a URL");
        }
        outbound.check(target); // the platform's own network is not the supplier's to call
        if (events == null || events.isEmpty() || !EVENTS.containsAll(events)) {
            throw new IllegalArgumentException("Subscribe to some of " + EVENTS.stream().sorted().toList());
        }
        byte[] secret = new byte[24];
        RANDOM.nextBytes(secret);
        return subscriptions.save(new WebhookSubscription(target.toString(), events, "whsec_" + HexFormat.of().formatHex(secret))).view(true);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Subscription> subscriptions() {
        return subscriptions.findAllByOrderByCreatedAt().stream().map(s -> s.view(false)).toList();
    }

    @Override
    public void unsubscribe(UUID subscription) {
        subscriptions.findById(subscription).orElseThrow(() -> new IllegalArgumentException("No subscription " + subscription));
        subscriptions.deleteById(subscription);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Delivery> deliveries(UUID subscription, int limit) {
        subscriptions.findById(subscription).orElseThrow(() -> new IllegalArgumentException("No subscription " + subscription));
        return deliveries.findBySubscriptionIdOrderByCreatedAtDesc(subscription, Limit.of(limit)).stream().map(WebhookDelivery::view).toList();
    }

    @ApplicationModuleListener
    void on(OrderPlaced placed) {
        queue("order.placed", placed.order(), eventId(placed.order(), "placed"), Map.of());
    }

    @ApplicationModuleListener
    void on(OrderStatusChanged changed) {
        queue("order.status_changed", changed.order(), eventId(changed.order(), changed.to() + "@" + changed.at()),
                Map.of("from", changed.from().name(), "to", changed.to().name()));
    }

    @ApplicationModuleListener
    void on(DeliveryShipped shipped) {
        for (UUID order : shipped.orders()) {
            queue("delivery.shipped", order, eventId(order, "shipped " + shipped.delivery()),
                    Map.of("delivery", shipped.number(), "trackingNumber", shipped.trackingNumber()));
        }
    }

    /** The same event always gets the same id, so receivers can recognise a repeat. */
    private static UUID eventId(UUID order, String what) {
        return UUID.nameUUIDFromBytes((order + " " + what).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private void queue(String type, UUID orderId, UUID eventId, Map<String, String> details) {
        var interested = subscriptions.findAllByOrderByCreatedAt().stream().filter(s -> s.wants(type)).toList();
        if (interested.isEmpty()) {
            return;
        }
        var body = new LinkedHashMap<String, Object>(details);
        body.put("order", orders.byId(orderId).orElseThrow());
        deliver(type, eventId, body, interested);
    }

    @Override
    public void publish(String type, UUID eventId, Map<String, Object> details) {
        if (!EVENTS.contains(type)) {
            throw new IllegalArgumentException("Not an event one may subscribe to: " + type);
        }
        var interested = subscriptions.findAllByOrderByCreatedAt().stream().filter(s -> s.wants(type)).toList();
        if (!interested.isEmpty()) {
            deliver(type, eventId, details, interested);
        }
    }

    @Override
    @Transactional(readOnly = true)
    public boolean subscribed(String type) {
        return subscriptions.findAllByOrderByCreatedAt().stream().anyMatch(s -> s.wants(type));
    }

    private void deliver(String type, UUID eventId, Map<String, ?> details, List<WebhookSubscription> interested) {
        var body = new LinkedHashMap<String, Object>();
        body.put("id", eventId);
        body.put("type", type);
        body.putAll(details);
        String payload = json.writeValueAsString(body);
        for (var subscription : interested) {
            if (!deliveries.existsBySubscriptionIdAndEventId(subscription.getId(), eventId)) {
                deliveries.save(new WebhookDelivery(subscription.getId(), eventId, type, payload));
            }
        }
    }
}
