package dev.feira.subscription.web;

import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Hidden;

import dev.feira.shared.web.StripeSignedCalls;
import dev.feira.subscription.internal.BillingWebhooks;

/**
 * Where Stripe posts the platform account's billing events (subscriptions, invoices), apart from the Connect endpoint
 * of buyers' card payments, with its own signing secret. Unsigned or forged: 400, nothing changes.
 */
@RestController
@Hidden
class BillingWebhookEndpoint {

    private final BillingWebhooks webhooks;

    BillingWebhookEndpoint(BillingWebhooks webhooks) {
        this.webhooks = webhooks;
    }

    @PostMapping(path = "/webhooks/stripe-billing", consumes = "application/json")
    ResponseEntity<Map<String, String>> receive(@RequestBody String payload,
                                                @RequestHeader(name = "Stripe-Signature", required = false) String signature) {
        return StripeSignedCalls.answer(signature, signed -> webhooks.receive(payload, signed));
    }
}
