package dev.feira.billing.web;

import java.util.Map;

import com.stripe.exception.SignatureVerificationException;
import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import dev.feira.billing.internal.StripeWebhooks;

/**
 * Where Stripe posts its events (a Connect endpoint: events of every supplier's account). The
 * signature is the only proof the call is Stripe's; without a valid one the answer is 400 and
 * nothing changes.
 */
@RestController
@Hidden
class StripeWebhookEndpoint {

    private final StripeWebhooks webhooks;

    StripeWebhookEndpoint(StripeWebhooks webhooks) {
        this.webhooks = webhooks;
    }

    @PostMapping(path = "/webhooks/stripe", consumes = "application/json")
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
