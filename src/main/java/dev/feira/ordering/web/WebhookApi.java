package dev.feira.ordering.web;

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

import dev.feira.identity.CatalogAccess;
import dev.feira.ordering.OrderWebhooks;
import dev.feira.shared.web.ApiProblem;
import dev.feira.tenancy.TenantDirectory;

/** A supplier's systems subscribe to order events; deliveries are signed and retried. */
@RestController
@RequestMapping("/api/v1/webhooks")
@Tag(name = "Webhooks")
class WebhookApi {

    private final OrderWebhooks webhooks;
    private final TenantDirectory tenants;
    private final CatalogAccess access;

    WebhookApi(OrderWebhooks webhooks, TenantDirectory tenants, CatalogAccess access) {
        this.webhooks = webhooks;
        this.tenants = tenants;
        this.access = access;
    }

    record NewSubscription(String url, Set<String> events) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Subscribe a URL to order events (supplier)",
            description = "Events: order.placed, order.status_changed, delivery.shipped. The answer carries the signing secret, "
                    + "shown this once. Each delivery has the header Feira-Signature: t=<unix time>,v1=<hex HMAC-SHA256 of \"t.body\" "
                    + "with the secret>, and Feira-Event-Id, the same for a repeat. Answer 2xx; anything else is retried, "
                    + "with pauses doubling from 30 seconds, up to 12 attempts.")
    OrderWebhooks.Subscription subscribe(@RequestBody NewSubscription subscription) {
        supplier();
        try {
            return webhooks.subscribe(subscription.url(), subscription.events());
        } catch (IllegalArgumentException refused) {
            throw ApiProblem.of(HttpStatus.BAD_REQUEST, refused.getMessage());
        }
    }

    @GetMapping
    @Operation(summary = "The supplier's subscriptions (without their secrets)")
    List<OrderWebhooks.Subscription> subscriptions() {
        supplier();
        return webhooks.subscriptions();
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Unsubscribe")
    void unsubscribe(@PathVariable UUID id) {
        supplier();
        try {
            webhooks.unsubscribe(id);
        } catch (IllegalArgumentException unknown) {
            throw ApiProblem.of(HttpStatus.NOT_FOUND, unknown.getMessage());
        }
    }

    @GetMapping("/{id}/deliveries")
    @Operation(summary = "A subscription's latest deliveries: attempts, next attempt, last error")
    List<OrderWebhooks.Delivery> deliveries(@PathVariable UUID id, @RequestParam(defaultValue = "50") int limit) {
        supplier();
        return webhooks.deliveries(id, Math.clamp(limit, 1, 200));
    }

    private void supplier() {
        if (tenants.current().filter(access::mayManage).isEmpty()) {
            throw ApiProblem.of(HttpStatus.FORBIDDEN, "Webhooks are a supplier's, set on its own host.");
        }
    }
}
