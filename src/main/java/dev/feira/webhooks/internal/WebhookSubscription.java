package dev.feira.webhooks.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.TenantId;
import org.hibernate.type.SqlTypes;

import dev.feira.webhooks.Webhooks;
import dev.feira.shared.persistence.AssignedIdentity;

/** Where a supplier's system wants to hear of order events, and the secret its deliveries are signed with. */
@Entity
@Table(name = "webhook_subscription")
class WebhookSubscription extends AssignedIdentity<UUID> {

    @Id
    private UUID id;
    @TenantId
    private UUID tenantId;
    private String url;
    private String secret;
    @JdbcTypeCode(SqlTypes.ARRAY)
    private String[] events;
    private Instant createdAt;

    protected WebhookSubscription() {
    }

    WebhookSubscription(String url, Set<String> events, String secret) {
        this.id = UUID.randomUUID();
        this.url = url;
        this.events = events.stream().sorted().toArray(String[]::new);
        this.secret = secret;
        this.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    boolean wants(String event) {
        return Set.of(events).contains(event);
    }

    String url() {
        return url;
    }

    String secret() {
        return secret;
    }

    Webhooks.Subscription view(boolean withSecret) {
        return new Webhooks.Subscription(id, url, Set.of(events), withSecret ? Optional.of(secret) : Optional.empty(), createdAt);
    }

    @Override
    public UUID getId() {
        return id;
    }
}
