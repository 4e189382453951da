package dev.feira.webhooks.internal;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import dev.feira.shared.TenantContext;
import dev.feira.shared.net.OutboundHttp;
import dev.feira.tenancy.TenantDirectory;

/**
 * Sends due webhook deliveries, supplier by supplier. A delivery is leased in a short transaction
 * (so another instance skips it), sent outside any transaction, and its outcome stored after.
 */
@Component
class WebhookSender {

    private static final Logger log = LoggerFactory.getLogger(WebhookSender.class);
    private static final Duration LEASE = Duration.ofMinutes(2);

    private final TenantDirectory tenants;
    private final WebhookDeliveryStore deliveries;
    private final WebhookStore subscriptions;
    private final TransactionTemplate inTransaction;
    private final Duration firstRetry;
    private final OutboundHttp outbound;

    WebhookSender(TenantDirectory tenants, WebhookDeliveryStore deliveries, WebhookStore subscriptions, PlatformTransactionManager transactions,
                  OutboundHttp outbound, @Value("${feira.webhooks.first-retry:PT30S}") Duration firstRetry) {
        this.outbound = outbound;
        this.tenants = tenants;
        this.deliveries = deliveries;
        this.subscriptions = subscriptions;
        this.inTransaction = new TransactionTemplate(transactions);
        this.firstRetry = firstRetry;
    }

    @Scheduled(fixedDelayString = "${feira.webhooks.poll-interval:PT5S}")
    void sendDue() {
        for (var tenant : tenants.all()) {
            TenantContext.runAs(tenant.id(), this::sendDueOfCurrentSupplier);
        }
    }

    private void sendDueOfCurrentSupplier() {
        List<WebhookDelivery> leased = inTransaction.execute(status -> {
            var due = deliveries.due(20);
            due.forEach(d -> d.lease(LEASE));
            return due;
        });
        for (var delivery : leased) {
            var subscription = subscriptions.findById(delivery.subscriptionId());
            if (subscription.isEmpty()) {
                continue; // unsubscribed meanwhile: its deliveries went with it
            }
            String error = send(subscription.get(), delivery);
            inTransaction.executeWithoutResult(status -> {
                if (error == null) {
                    delivery.delivered();
                } else {
                    delivery.failed(error, firstRetry);
                    log.info("Webhook {} to {} failed ({}): {}", delivery.eventType(), subscription.get().url(), delivery.view().attempts(), error);
                }
                deliveries.save(delivery);
            });
        }
    }

    /**
     * @return null when the receiver answered 2xx, otherwise what went wrong in generic words ("connection refused",
     * "timed out", "HTTP 503", "address not allowed"), which the supplier sees
     */
    private String send(WebhookSubscription subscription, WebhookDelivery delivery) {
        long at = Instant.now().getEpochSecond();
        return outbound.post(URI.create(subscription.url()), Map.of(
                "Feira-Event", delivery.eventType(),
                "Feira-Event-Id", delivery.eventId().toString(),
                "Feira-Signature", "t=" + at + ",v1=" + sign(subscription.secret(), at + "." + delivery.payload())), delivery.payload());
    }

    static String sign(String secret, String signed) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
