package dev.feira.subscription.web;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import com.stripe.exception.SignatureVerificationException;

import io.swagger.v3.oas.annotations.Hidden;

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
        if (signature == null || signature.isBlank()) {
            return ResponseEntity.badRequest().body(Map.of("error", "The Stripe-Signature header is missing"));
        }
        try {
            return ResponseEntity.ok(Map.of("outcome", webhooks.receive(payload, signature).name()));
        } catch (SignatureVerificationException refused) {
            return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(Map.of("error", "Signature refused: " + refused.getMessage()));
        }
    }
}
