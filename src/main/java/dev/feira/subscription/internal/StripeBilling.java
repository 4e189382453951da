package dev.feira.subscription.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import com.stripe.StripeClient;
import com.stripe.exception.SignatureVerificationException;
import com.stripe.exception.StripeException;
import com.stripe.model.Event;
import com.stripe.model.Invoice;
import com.stripe.model.Price;
import com.stripe.model.Subscription;
import com.stripe.model.billing.Meter;
import com.stripe.net.RequestOptions;
import com.stripe.net.Webhook;
import com.stripe.param.CustomerCreateParams;
import com.stripe.param.InvoiceListParams;
import com.stripe.param.PriceCreateParams;
import com.stripe.param.PriceListParams;
import com.stripe.param.ProductCreateParams;
import com.stripe.param.SubscriptionCreateParams;
import com.stripe.param.billing.MeterCreateParams;
import com.stripe.param.billing.MeterEventCreateParams;
import com.stripe.param.billing.MeterListParams;

import dev.feira.platform.Plans.Plan;

/**
 * Stripe Billing as Feira uses it, through stripe-java on the platform's own account: a Product per plan with two
 * Prices found again by their lookup keys (the monthly fee; the GMV fee, metered), one Billing Meter summing the GMV
 * in centavos, a customer and a subscription per supplier, a meter event per order. Every write carries an idempotency
 * key derived from what it is for, so a retry never creates or reports twice.
 */
@Component
class StripeBilling {

    static final String METER_EVENT = "feira_gmv";

    private final Optional<StripeClient> client;
    private final String webhookSecret;
    private final ConcurrentHashMap<String, PlanPrices> prices = new ConcurrentHashMap<>();
    private volatile String meter;

    StripeBilling(@Value("${feira.stripe.api-key:}") String apiKey, @Value("${feira.stripe.api-base:https://api.stripe.com}") String apiBase,
                  @Value("${feira.stripe.billing-webhook-secret:}") String webhookSecret) {
        this.client = apiKey.isBlank() ? Optional.empty()
                : Optional.of(StripeClient.builder().setApiKey(apiKey).setApiBase(apiBase).setMaxNetworkRetries(2).build());
        this.webhookSecret = webhookSecret;
    }

    boolean configured() {
        return client.isPresent();
    }

    /** The plan's monthly and metered prices, created the first time (found by lookup key afterwards, on any instance). */
    PlanPrices pricesOf(Plan plan) throws StripeException {
        var known = prices.get(plan.code());
        if (known != null) {
            return known;
        }
        String monthlyKey = "feira_" + plan.code() + "_monthly";
        String gmvKey = "feira_" + plan.code() + "_gmv";
        var found = stripe().v1().prices().list(PriceListParams.builder().addLookupKey(monthlyKey).addLookupKey(gmvKey).setActive(true).build());
        String monthly = found.getData().stream().filter(p -> monthlyKey.equals(p.getLookupKey())).map(Price::getId).findFirst().orElse(null);
        String gmv = found.getData().stream().filter(p -> gmvKey.equals(p.getLookupKey())).map(Price::getId).findFirst().orElse(null);
        if (monthly == null || gmv == null) {
            String product = stripe().v1().products().create(ProductCreateParams.builder().setName("Feira " + plan.name())
                    .putMetadata("plan", plan.code()).build(), key("product-" + plan.code())).getId();
            if (monthly == null) {
                monthly = stripe().v1().prices().create(PriceCreateParams.builder().setProduct(product).setCurrency("brl")
                        .setUnitAmount(plan.monthlyFee().amount().movePointRight(2).longValueExact()).setLookupKey(monthlyKey)
                        .setRecurring(PriceCreateParams.Recurring.builder().setInterval(PriceCreateParams.Recurring.Interval.MONTH).build())
                        .build(), key("price-" + monthlyKey)).getId();
            }
            if (gmv == null) {
                // One unit is one centavo of GMV; the plan's percentage of it, in centavos.
                gmv = stripe().v1().prices().create(PriceCreateParams.builder().setProduct(product).setCurrency("brl")
                        .setUnitAmountDecimal(plan.gmvFeePercent().divide(BigDecimal.valueOf(100))).setLookupKey(gmvKey)
                        .setRecurring(PriceCreateParams.Recurring.builder().setInterval(PriceCreateParams.Recurring.Interval.MONTH)
                                .setUsageType(PriceCreateParams.Recurring.UsageType.METERED).setMeter(meter()).build())
                        .build(), key("price-" + gmvKey)).getId();
            }
        }
        var both = new PlanPrices(monthly, gmv);
        prices.put(plan.code(), both);
        return both;
    }

    private String meter() throws StripeException {
        if (meter == null) {
            meter = stripe().v1().billing().meters().list(MeterListParams.builder().setStatus(MeterListParams.Status.ACTIVE).build())
                    .getData().stream().filter(m -> METER_EVENT.equals(m.getEventName())).map(Meter::getId).findFirst()
                    .orElse(null);
        }
        if (meter == null) {
            meter = stripe().v1().billing().meters().create(MeterCreateParams.builder().setDisplayName("Feira GMV (centavos)")
                    .setEventName(METER_EVENT)
                    .setDefaultAggregation(MeterCreateParams.DefaultAggregation.builder()
                            .setFormula(MeterCreateParams.DefaultAggregation.Formula.SUM).build())
                    .build(), key("meter-" + METER_EVENT)).getId();
        }
        return meter;
    }

    String customer(String tenant, String name, String email) throws StripeException {
        return stripe().v1().customers().create(CustomerCreateParams.builder().setName(name).setEmail(email).putMetadata("tenant", tenant)
                .build(), key("customer-" + tenant)).getId();
    }

    Subscription subscribe(String tenant, String customer, Plan plan, Optional<Instant> trialEnd) throws StripeException {
        var planPrices = pricesOf(plan);
        var params = SubscriptionCreateParams.builder().setCustomer(customer)
                .addItem(SubscriptionCreateParams.Item.builder().setPrice(planPrices.monthly()).setQuantity(1L).build())
                .addItem(SubscriptionCreateParams.Item.builder().setPrice(planPrices.gmv()).build())
                .putMetadata("tenant", tenant).putMetadata("plan", plan.code());
        trialEnd.filter(end -> end.isAfter(Instant.now())).ifPresent(end -> params.setTrialEnd(end.getEpochSecond()));
        return stripe().v1().subscriptions().create(params.build(), key("subscription-" + tenant + "-" + plan.code()));
    }

    /** Moves the subscription's two items to another plan's prices, prorated; once per subscription and plan. */
    Subscription changePlan(String subscriptionId, Plan plan) throws StripeException {
        var planPrices = pricesOf(plan);
        var current = subscription(subscriptionId);
        var params = com.stripe.param.SubscriptionUpdateParams.builder()
                .setProrationBehavior(com.stripe.param.SubscriptionUpdateParams.ProrationBehavior.CREATE_PRORATIONS)
                .putMetadata("plan", plan.code());
        for (var item : current.getItems().getData()) {
            boolean metered = item.getPrice() != null && item.getPrice().getRecurring() != null
                    && "metered".equals(item.getPrice().getRecurring().getUsageType());
            params.addItem(com.stripe.param.SubscriptionUpdateParams.Item.builder().setId(item.getId())
                    .setPrice(metered ? planPrices.gmv() : planPrices.monthly()).build());
        }
        return stripe().v1().subscriptions().update(subscriptionId, params.build(), key("plan-" + subscriptionId + "-" + plan.code()));
    }

    /** Ends the subscription now (the supplier left Feira). */
    void cancel(String subscriptionId) throws StripeException {
        stripe().v1().subscriptions().cancel(subscriptionId, com.stripe.param.SubscriptionCancelParams.builder().build(),
                key("cancel-" + subscriptionId));
    }

    Subscription subscription(String id) throws StripeException {
        return stripe().v1().subscriptions().retrieve(id);
    }

    /** The GMV of one order, in centavos; Stripe counts an identifier once, whatever is retried. */
    void reportGmv(String customer, String order, long centavos, Instant at) throws StripeException {
        stripe().v1().billing().meterEvents().create(MeterEventCreateParams.builder().setEventName(METER_EVENT).setIdentifier(order)
                .putPayload("stripe_customer_id", customer).putPayload("value", Long.toString(centavos)).setTimestamp(at.getEpochSecond())
                .build(), key("meter-event-" + order));
    }

    List<Invoice> invoices(String customer) throws StripeException {
        return stripe().v1().invoices().list(InvoiceListParams.builder().setCustomer(customer).setLimit(24L).build()).getData();
    }

    String portal(String customer, String returnUrl) throws StripeException {
        return stripe().v1().billingPortal().sessions().create(com.stripe.param.billingportal.SessionCreateParams.builder()
                .setCustomer(customer).setReturnUrl(returnUrl).build()).getUrl();
    }

    /** @throws SignatureVerificationException for a forged, altered or stale payload, or without a configured secret */
    Event verify(String payload, String signature) throws SignatureVerificationException {
        if (webhookSecret == null || webhookSecret.isBlank()) {
            throw new SignatureVerificationException("No billing webhook secret is configured", signature);
        }
        return Webhook.constructEvent(payload, signature, webhookSecret);
    }

    private StripeClient stripe() {
        return client.orElseThrow(() -> new IllegalStateException("Stripe is not configured (feira.stripe.api-key)"));
    }

    private static RequestOptions key(String idempotencyKey) {
        return RequestOptions.builder().setIdempotencyKey(idempotencyKey).build();
    }

    record PlanPrices(String monthly, String gmv) {
    }
}
