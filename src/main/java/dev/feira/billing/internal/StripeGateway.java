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
 * connected account with the platform's application fee (or on the supplier's own account with its
 * own key, without a fee), refunds, and webhook signatures. Every
 * write carries an idempotency key derived from what it is for, so a retry never charges or
 * refunds twice.
 */
@Component
class StripeGateway {

    private final Optional<StripeClient> client;
    private final String apiBase;
    private final String webhookSecret;
    private final String publishableKey;
    private final String jsUrl;
    /** Clients of suppliers' own keys, by key: stripe-java clients are thread-safe and reusable. */
    private final java.util.Map<String, StripeClient> ownClients = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * How to reach the Stripe account a payment lives on: the platform's client on a connected
     * account (with the platform's fee), or a client of the supplier's own key (no fee).
     */
    record Route(StripeClient client, String connectedAccount, String publishableKey) {

        boolean takesPlatformFee() {
            return connectedAccount != null;
        }
    }

    StripeGateway(@Value("${feira.stripe.api-key:}") String apiKey, @Value("${feira.stripe.api-base:https://api.stripe.com}") String apiBase,
                  @Value("${feira.stripe.webhook-secret:}") String webhookSecret,
                  @Value("${feira.stripe.publishable-key:}") String publishableKey,
                  @Value("${feira.stripe.js-url:https://js.stripe.com/v3/}") String jsUrl) {
        this.apiBase = apiBase;
        this.client = apiKey.isBlank() ? Optional.empty() : Optional.of(client(apiKey));
        this.webhookSecret = webhookSecret;
        this.publishableKey = publishableKey;
        this.jsUrl = jsUrl;
    }

    boolean configured() {
        return client.isPresent();
    }

    private StripeClient client(String apiKey) {
        return StripeClient.builder().setApiKey(apiKey).setApiBase(apiBase).setMaxNetworkRetries(2).build();
    }

    /** The platform on a supplier's connected account. */
    Route connected(String account) {
        return new Route(stripe(), account, publishableKey);
    }

    /** The supplier's own Stripe account, with its own (opened) secret key. */
    Route own(String secretKey, String ownPublishableKey) {
        return new Route(ownClients.computeIfAbsent(secretKey, this::client), null, ownPublishableKey);
    }

    String publishableKey() {
        return publishableKey;
    }

    String jsUrl() {
        return jsUrl;
    }

    /** A PaymentIntent for an order, created once however often this is retried. */
    PaymentIntent createIntent(Route route, String orderId, String orderNumber, String tenant, long amountMinor, String currency,
                               long applicationFeeMinor) throws StripeException {
        var params = PaymentIntentCreateParams.builder()
                .setAmount(amountMinor)
                .setCurrency(currency.toLowerCase(java.util.Locale.ROOT))
                .setApplicationFeeAmount(route.takesPlatformFee() ? applicationFeeMinor : null)
                .setDescription(orderNumber)
                .setAutomaticPaymentMethods(PaymentIntentCreateParams.AutomaticPaymentMethods.builder().setEnabled(true).build())
                .putMetadata("order", orderId)
                .putMetadata("order_number", orderNumber)
                .putMetadata("tenant", tenant)
                .build();
        return route.client().v1().paymentIntents().create(params, on(route, "intent-" + orderId));
    }

    /** Changes what an unpaid intent asks for (the supplier declined lines before the buyer paid). */
    void changeAmount(Route route, String intentId, long amountMinor, long applicationFeeMinor) throws StripeException {
        var params = PaymentIntentUpdateParams.builder().setAmount(amountMinor)
                .setApplicationFeeAmount(route.takesPlatformFee() ? applicationFeeMinor : null).build();
        route.client().v1().paymentIntents().update(intentId, params, on(route, "amount-" + intentId + "-" + amountMinor));
    }

    void cancel(Route route, String intentId) throws StripeException {
        route.client().v1().paymentIntents().cancel(intentId, com.stripe.param.PaymentIntentCancelParams.builder().build(),
                on(route, "cancel-" + intentId));
    }

    /**
     * Gives back part of a payment, with the matching part of the platform's fee.
     *
     * @param purpose what the refund is for; one refund per purpose, however often retried
     */
    void refund(Route route, String intentId, long amountMinor, String purpose) throws StripeException {
        var params = RefundCreateParams.builder().setPaymentIntent(intentId).setAmount(amountMinor)
                .setRefundApplicationFee(route.takesPlatformFee() ? true : null).build();
        route.client().v1().refunds().create(params, on(route, "refund-" + intentId + "-" + purpose));
    }

    /** An Express connected account for the supplier, created once; Stripe collects its details in onboarding. */
    String createConnectedAccount(String tenant, String name) throws StripeException {
        var params = com.stripe.param.AccountCreateParams.builder()
                .setType(com.stripe.param.AccountCreateParams.Type.EXPRESS)
                .setCountry("BR")
                .setBusinessProfile(com.stripe.param.AccountCreateParams.BusinessProfile.builder().setName(name).build())
                .setCapabilities(com.stripe.param.AccountCreateParams.Capabilities.builder()
                        .setCardPayments(com.stripe.param.AccountCreateParams.Capabilities.CardPayments.builder().setRequested(true).build())
                        .setTransfers(com.stripe.param.AccountCreateParams.Capabilities.Transfers.builder().setRequested(true).build())
                        .build())
                .putMetadata("tenant", tenant)
                .build();
        return stripe().v1().accounts().create(params, RequestOptions.builder().setIdempotencyKey("connected-account-" + tenant).build()).getId();
    }

    /** The connected account as Stripe holds it now (its charges enabled or not). */
    com.stripe.model.Account account(String id) throws StripeException {
        return stripe().v1().accounts().retrieve(id);
    }

    /** A fresh onboarding link (single use, minutes long): made on each click, never kept. */
    String onboardingLink(String account, String returnUrl, String refreshUrl) throws StripeException {
        return stripe().v1().accountLinks().create(com.stripe.param.AccountLinkCreateParams.builder().setAccount(account)
                .setType(com.stripe.param.AccountLinkCreateParams.Type.ACCOUNT_ONBOARDING).setReturnUrl(returnUrl).setRefreshUrl(refreshUrl)
                .build()).getUrl();
    }

    /**
     * A webhook's event, if Stripe signed it with the endpoint's secret within the last five minutes.
     *
     * @throws SignatureVerificationException for a forged, altered or stale payload
     */
    Event verify(String payload, String signatureHeader) throws SignatureVerificationException {
        return verify(payload, signatureHeader, webhookSecret);
    }

    /** As {@link #verify(String, String)}, with the signing secret of a supplier's own webhook endpoint. */
    Event verify(String payload, String signatureHeader, String secret) throws SignatureVerificationException {
        if (secret == null || secret.isBlank()) {
            throw new SignatureVerificationException("No webhook secret is configured", signatureHeader);
        }
        return Webhook.constructEvent(payload, signatureHeader, secret);
    }

    private StripeClient stripe() {
        return client.orElseThrow(() -> new IllegalStateException("Stripe is not configured (feira.stripe.api-key)"));
    }

    private static RequestOptions on(Route route, String idempotencyKey) {
        return RequestOptions.builder().setStripeAccount(route.connectedAccount()).setIdempotencyKey(idempotencyKey).build();
    }
}
