package dev.feira.webhooks.web;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import dev.feira.identity.ForSupplierStaff;
import dev.feira.webhooks.Webhooks;
import dev.feira.shared.web.ApiProblem;

/** A supplier's systems subscribe to order, recovery and RFQ events; deliveries are signed and retried. */
@RestController
@ForSupplierStaff
@RequestMapping("/api/v1/webhooks")
@Tag(name = "Webhooks")
class WebhookApi {

    private final Webhooks webhooks;

    WebhookApi(Webhooks webhooks) {
        this.webhooks = webhooks;
    }

    record NewSubscription(String url, Set<String> events) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Subscribe a URL to events (supplier)",
            description = "Events: order.placed, order.status_changed, delivery.shipped (body: the order), recovery.alert_raised "
                    + "(the alert), rfq.published (an invitation to quote, as the supplier sees it), quote.submitted (a revision "
                    + "of the supplier's quote), rfq.awarded (the outcome for the supplier, its awarded lines and orders). The answer carries the signing secret, "
                    + "shown this once. Each delivery has the header Feira-Signature: t=<unix time>,v1=<hex HMAC-SHA256 of \"t.body\" "
                    + "with the secret>, and Feira-Event-Id, the same for a repeat. Answer 2xx; anything else is retried, "
                    + "with pauses doubling from 30 seconds, up to 12 attempts.")
    Webhooks.Subscription subscribe(@RequestBody NewSubscription subscription) {
        try {
            return webhooks.subscribe(subscription.url(), subscription.events());
        } catch (IllegalArgumentException refused) {
            throw ApiProblem.of(HttpStatus.BAD_REQUEST, refused.getMessage());
        }
    }

    @GetMapping
    @Operation(summary = "The supplier's subscriptions (without their secrets)")
    List<Webhooks.Subscription> subscriptions() {
        return webhooks.subscriptions();
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Unsubscribe")
    void unsubscribe(@PathVariable UUID id) {
        try {
            webhooks.unsubscribe(id);
        } catch (IllegalArgumentException unknown) {
            throw ApiProblem.of(HttpStatus.NOT_FOUND, unknown.getMessage());
        }
    }

    @GetMapping("/{id}/deliveries")
    @Operation(summary = "A subscription's latest deliveries: attempts, next attempt, last error")
    List<Webhooks.Delivery> deliveries(@PathVariable UUID id, @RequestParam(defaultValue = "50") int limit) {
        try {
            return webhooks.deliveries(id, Math.clamp(limit, 1, 200));
        } catch (IllegalArgumentException unknown) {
            throw ApiProblem.of(HttpStatus.NOT_FOUND, unknown.getMessage());
        }
    }

}
