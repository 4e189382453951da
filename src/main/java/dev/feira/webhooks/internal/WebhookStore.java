package dev.feira.webhooks.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The current supplier's webhook subscriptions. */
@Transactional(readOnly = true)
interface WebhookStore extends Repository<WebhookSubscription, UUID> {

    @Transactional
    WebhookSubscription save(WebhookSubscription subscription);

    List<WebhookSubscription> findAllByOrderByCreatedAt();

    Optional<WebhookSubscription> findById(UUID id);

    @Transactional
    void deleteById(UUID id);
}
