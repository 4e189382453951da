package dev.feira.billing.internal;

import java.util.Optional;

import com.stripe.StripeClient;
import com.stripe.exception.SignatureVerificationException;
import com.stripe.exception.StripeException;
import com.stripe.model.Event;
import com.stripe.model.PaymentIntent;
import com.stripe.net.RequestOptions;
import com.stripe.net.Webhook;
import com.stripe.param.PaymentIntentCreateParams;
import com.stripe.param.PaymentIntentUpdateParams;
import com.stripe.param.RefundCreateParams;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Stripe as billing uses it, through stripe-java: PaymentIntents as direct charges on a supplier's
 * connected account with the platform's application fee, refunds, and webhook signatures. Every
 * write carries an idempotency key derived from what it is for, so a retry never charges or
 * refunds twice.
 */
@Component
class StripeGateway {

    private final Optional<StripeClient> client;
    private final String webhookSecret;
    private final String publishableKey;
    private final String jsUrl;

    StripeGateway(@Value("${feira.stripe.api-key:}") String apiKey, @Value("${feira.stripe.api-base:https://api.stripe.com}") String apiBase,
                  @Value("${feira.stripe.webhook-secret:}") String webhookSecret,
                  @Value("${feira.stripe.publishable-key:}") String publishableKey,
                  @Value("${feira.stripe.js-url:https://js.stripe.com/v3/}") String jsUrl) {
        this.client = apiKey.isBlank() ? Optional.empty()
                : Optional.of(StripeClient.builder().setApiKey(apiKey).setApiBase(apiBase).setMaxNetworkRetries(2).build());
        this.webhookSecret = webhookSecret;
        this.publishableKey = publishableKey;
        this.jsUrl = jsUrl;
    }

    boolean configured() {
        return client.isPresent();
    }

    String publishableKey() {
        return publishableKey;
    }

    String jsUrl() {
        return jsUrl;
    }

    /** A PaymentIntent for an order, created once however often this is retried. */
    PaymentIntent createIntent(String account, String orderId, String orderNumber, String tenant, long amountMinor, String currency,
                               long applicationFeeMinor) throws StripeException {
        var params = PaymentIntentCreateParams.builder()
                .setAmount(amountMinor)
                .setCurrency(currency.toLowerCase(java.util.Locale.ROOT))
                .setApplicationFeeAmount(applicationFeeMinor)
                .setDescription(orderNumber)
                .setAutomaticPaymentMethods(PaymentIntentCreateParams.AutomaticPaymentMethods.builder().setEnabled(true).build())
                .putMetadata("order", orderId)
                .putMetadata("order_number", orderNumber)
                .putMetadata("tenant", tenant)
                .build();
        return stripe().v1().paymentIntents().create(params, on(account, "intent-" + orderId));
    }

    /** Changes what an unpaid intent asks for (the supplier declined lines before the buyer paid). */
    void changeAmount(String account, String intentId, long amountMinor, long applicationFeeMinor) throws StripeException {
        var params = PaymentIntentUpdateParams.builder().setAmount(amountMinor).setApplicationFeeAmount(applicationFeeMinor).build();
        stripe().v1().paymentIntents().update(intentId, params, on(account, "amount-" + intentId + "-" + amountMinor));
    }

    void cancel(String account, String intentId) throws StripeException {
        stripe().v1().paymentIntents().cancel(intentId, com.stripe.param.PaymentIntentCancelParams.builder().build(),
                on(account, "cancel-" + intentId));
    }

    /**
     * Gives back part of a payment, with the matching part of the platform's fee.
     *
     * @param purpose what the refund is for; one refund per purpose, however often retried
     */
    void refund(String account, String intentId, long amountMinor, String purpose) throws StripeException {
        var params = RefundCreateParams.builder().setPaymentIntent(intentId).setAmount(amountMinor).setRefundApplicationFee(true).build();
        stripe().v1().refunds().create(params, on(account, "refund-" + intentId + "-" + purpose));
    }

    /**
     * A webhook's event, if Stripe signed it with the endpoint's secret within the last five minutes.
     *
     * @throws SignatureVerificationException for a forged, altered or stale payload
     */
    Event verify(String payload, String signatureHeader) throws SignatureVerificationException {
        if (webhookSecret.isBlank()) {
            throw new SignatureVerificationException("No webhook secret is configured", signatureHeader);
        }
        return Webhook.constructEvent(payload, signatureHeader, webhookSecret);
    }

    private StripeClient stripe() {
        return client.orElseThrow(() -> new IllegalStateException("Stripe is not configured (feira.stripe.api-key)"));
    }

    private static RequestOptions on(String account, String idempotencyKey) {
        return RequestOptions.builder().setStripeAccount(account).setIdempotencyKey(idempotencyKey).build();
    }
}
