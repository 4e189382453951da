package dev.feira.webhooks.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;

import dev.feira.webhooks.Webhooks;
import dev.feira.shared.persistence.AssignedIdentity;

/**
 * One event on its way to one subscription. A failed attempt waits twice as long as the one before
 * (from {@code firstRetry}, at most six hours); after {@link #MAX_ATTEMPTS} it is given up.
 */
@Entity
@Table(name = "webhook_delivery")
class WebhookDelivery extends AssignedIdentity<UUID> {

    static final int MAX_ATTEMPTS = 12;
    private static final Duration LONGEST_PAUSE = Duration.ofHours(6);

    @Id
    private UUID id;
    @TenantId
    private UUID tenantId;
    private UUID subscriptionId;
    private UUID eventId;
    private String eventType;
    private String payload;
    private int attempts;
    private Instant nextAttemptAt;
    private Instant deliveredAt;
    private String lastError;
    private Instant createdAt;

    protected WebhookDelivery() {
    }

    WebhookDelivery(UUID subscriptionId, UUID eventId, String eventType, String payload) {
        this.id = UUID.randomUUID();
        this.subscriptionId = subscriptionId;
        this.eventId = eventId;
        this.eventType = eventType;
        this.payload = payload;
        this.createdAt = now();
        this.nextAttemptAt = createdAt;
    }

    /** Taken by one sender for a while, so another instance does not send it at the same time. */
    void lease(Duration forHowLong) {
        nextAttemptAt = now().plus(forHowLong);
    }

    void delivered() {
        attempts++;
        deliveredAt = now();
        nextAttemptAt = null;
        lastError = null;
    }

    void failed(String error, Duration firstRetry) {
        attempts++;
        lastError = error == null ? "failed" : error.substring(0, Math.min(error.length(), 500));
        if (attempts >= MAX_ATTEMPTS) {
            nextAttemptAt = null; // given up: the supplier sees it in the deliveries list
            return;
        }
        Duration pause = firstRetry.multipliedBy(1L << Math.min(attempts - 1, 20));
        nextAttemptAt = now().plus(pause.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause);
    }

    UUID subscriptionId() {
        return subscriptionId;
    }

    UUID eventId() {
        return eventId;
    }

    String eventType() {
        return eventType;
    }

    String payload() {
        return payload;
    }

    Webhooks.Delivery view() {
        return new Webhooks.Delivery(id, eventType, attempts, Optional.ofNullable(deliveredAt), Optional.ofNullable(nextAttemptAt),
                Optional.ofNullable(lastError));
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    @Override
    public UUID getId() {
        return id;
    }
}
