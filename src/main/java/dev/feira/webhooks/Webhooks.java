package dev.feira.webhooks;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The current supplier's webhook subscriptions: its systems hear of orders, recovery alerts and RFQs at a URL, each
 * delivery signed with the subscription's secret ({@code Feira-Signature: t=<unix time>,v1=<hex
 * HMAC-SHA256 of "t.body">}) and retried with growing pauses until answered with 2xx.
 * <p>
 * The module knows no business of its own: ordering, recovery and rfq {@link #publish} their events here.
 */
public interface Webhooks {

    /** The events one may subscribe to. */
    Set<String> EVENTS = Set.of("order.placed", "order.status_changed", "delivery.shipped", "recovery.alert_raised",
            "rfq.published", "quote.submitted", "rfq.awarded");

    /**
     * Queues an event for the current supplier's subscribers to it, inside the caller's transaction (so an event
     * redelivered by the publication registry is queued once): delivered, signed and retried.
     *
     * @param eventId the same for a repeat, so a receiver recognises it
     * @param body    what the receiver gets besides {@code id} and {@code type}
     */
    void publish(String type, UUID eventId, Map<String, ?> body);

    /** Whether any of the supplier's subscriptions wants this type: a publisher can skip building bodies nobody receives. */
    boolean subscribed(String type);

    /**
     * @return the subscription with its secret, shown this once
     * @throws IllegalArgumentException for a URL that is not http(s), a local address in production, or an unknown event
     */
    Subscription subscribe(String url, Set<String> events);

    List<Subscription> subscriptions();

    void unsubscribe(UUID subscription);

    /**
     * The latest deliveries of a subscription, newest first.
     *
     * @throws IllegalArgumentException when the supplier has no such subscription
     */
    List<Delivery> deliveries(UUID subscription, int limit);

    /** @param secret only when just created; afterwards empty */
    record Subscription(UUID id, String url, Set<String> events, Optional<String> secret, Instant createdAt) {
    }

    record Delivery(UUID id, String eventType, int attempts, Optional<Instant> deliveredAt, Optional<Instant> nextAttemptAt,
                    Optional<String> lastError) {
    }
}
