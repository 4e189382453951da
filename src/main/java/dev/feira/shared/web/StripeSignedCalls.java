package dev.feira.shared.web;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.stripe.exception.SignatureVerificationException;

/**
 * How Feira's Stripe endpoints answer: 400 without a signature or with one Stripe did not make (nothing changed), else
 * the outcome of handling the event. The signature is the only proof a call is Stripe's.
 */
public final class StripeSignedCalls {

    /** Handles a signed event, or refuses it for its signature. */
    @FunctionalInterface
    public interface Handling {
        Enum<?> handle(String signature) throws SignatureVerificationException;
    }

    private StripeSignedCalls() {
    }

    public static ResponseEntity<Map<String, String>> answer(String signature, Handling handling) {
        if (signature == null || signature.isBlank()) {
            return ResponseEntity.badRequest().body(Map.of("error", "The Stripe-Signature header is missing"));
        }
        try {
            return ResponseEntity.ok(Map.of("outcome", handling.handle(signature).name()));
        } catch (SignatureVerificationException refused) {
            return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(Map.of("error", "Signature refused: " + refused.getMessage()));
        }
    }
}
