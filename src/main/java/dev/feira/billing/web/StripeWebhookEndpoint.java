package dev.feira.billing.web;

import java.util.Map;

import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import dev.feira.billing.internal.StripeWebhooks;
import dev.feira.shared.web.StripeSignedCalls;
import dev.feira.tenancy.TenantDirectory;

/**
 * Where Stripe posts its events (a Connect endpoint: events of every supplier's account). The
 * signature is the only proof the call is Stripe's; without a valid one the answer is 400 and
 * nothing changes.
 */
@RestController
@Hidden
class StripeWebhookEndpoint {

    private final StripeWebhooks webhooks;
    private final TenantDirectory tenants;

    StripeWebhookEndpoint(StripeWebhooks webhooks, TenantDirectory tenants) {
        this.webhooks = webhooks;
        this.tenants = tenants;
    }

    @PostMapping(path = "/webhooks/stripe", consumes = "application/json")
    ResponseEntity<Map<String, String>> receive(@RequestBody String payload,
                                                @RequestHeader(name = "Stripe-Signature", required = false) String signature) {
        return StripeSignedCalls.answer(signature, signed -> webhooks.receive(payload, signed));
    }

    /** A supplier that uses its own Stripe keys registers this endpoint in its Stripe account. */
    @PostMapping(path = "/webhooks/stripe/{supplier}", consumes = "application/json")
    ResponseEntity<Map<String, String>> receiveForSupplier(@PathVariable String supplier, @RequestBody String payload,
                                                           @RequestHeader(name = "Stripe-Signature", required = false) String signature) {
        var tenant = tenants.bySlug(supplier);
        if (tenant.isEmpty()) {
            return ResponseEntity.badRequest().body(Map.of("error", "No supplier " + supplier));
        }
        return StripeSignedCalls.answer(signature, signed -> webhooks.receiveForSupplier(tenant.get().id(), payload, signed));
    }
}
