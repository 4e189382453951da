package dev.feira.webhooks.internal;

import java.net.URI;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import dev.feira.identity.CatalogAccess;
import dev.feira.shared.net.OutboundHttp;
import dev.feira.webhooks.Webhooks;

/**
 * Supplier's webhook subscriptions, and the deliveries each published event becomes: one per interested
 * subscription, stored in the publisher's transaction and sent by {@link WebhookSender}. An event
 * published again (the publication registry redelivers) finds its deliveries there and adds none.
 */
@Service
@Transactional
class WebhookDesk implements Webhooks {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final WebhookStore subscriptions;
    private final WebhookDeliveryStore deliveries;
    private final JsonMapper json;
    private final OutboundHttp outbound;
    private final CatalogAccess access;

    WebhookDesk(WebhookStore subscriptions, WebhookDeliveryStore deliveries, JsonMapper json, OutboundHttp outbound, CatalogAccess access) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.json = json;
        this.outbound = outbound;
        this.access = access;
    }

    @Override
    public Subscription subscribe(String url, Set<String> events) {
        access.requireAdministrator(); // where the supplier's data goes is its admins' and its systems' decision
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
        access.requireAdministrator();
        return subscriptions.findAllByOrderByCreatedAt().stream().map(s -> s.view(false)).toList();
    }

    @Override
    public void unsubscribe(UUID subscription) {
        access.requireAdministrator();
        subscriptions.findById(subscription).orElseThrow(() -> new IllegalArgumentException("No subscription " + subscription));
        subscriptions.deleteById(subscription);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Delivery> deliveries(UUID subscription, int limit) {
        access.requireAdministrator();
        subscriptions.findById(subscription).orElseThrow(() -> new IllegalArgumentException("No subscription " + subscription));
        return deliveries.findBySubscriptionIdOrderByCreatedAtDesc(subscription, Limit.of(limit)).stream().map(WebhookDelivery::view).toList();
    }

    @Override
    public void publish(String type, UUID eventId, Map<String, ?> details) {
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
