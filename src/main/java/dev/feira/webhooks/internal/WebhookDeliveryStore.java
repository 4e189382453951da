package dev.feira.webhooks.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The current supplier's webhook deliveries. */
@Transactional(readOnly = true)
interface WebhookDeliveryStore extends Repository<WebhookDelivery, UUID> {

    @Transactional
    WebhookDelivery save(WebhookDelivery delivery);

    boolean existsBySubscriptionIdAndEventId(UUID subscriptionId, UUID eventId);

    List<WebhookDelivery> findBySubscriptionIdOrderByCreatedAtDesc(UUID subscriptionId, Limit limit);

    /** Deliveries due now, skipping those another sender holds: several instances share the work. */
    @Transactional
    @Query(nativeQuery = true, value = """
            select * from webhook_delivery where delivered_at is null and next_attempt_at <= now()
            order by next_attempt_at limit :limit for update skip locked""")
    List<WebhookDelivery> due(int limit);
}
