package dev.feira.billing;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import dev.feira.catalog.Catalog;
import dev.feira.identity.BuyerAccountDirectory;
import dev.feira.identity.BuyerAccountProfile;
import dev.feira.ordering.Carts;
import dev.feira.ordering.Deliveries;
import dev.feira.ordering.OrderStatus;
import dev.feira.ordering.Orders;
import dev.feira.ordering.PlacedOrder;
import dev.feira.pricing.ConditionsEditor;
import dev.feira.pricing.ConditionsEditor.TermsDraft;
import dev.feira.pricing.TradeTerms;
import dev.feira.pricing.TradeTerms.PaymentMethod;
import dev.feira.shared.TenantContext;
import dev.feira.tenancy.TenantDirectory;
import dev.feira.testing.Acting;
import dev.feira.testing.LocalStripe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Card payments through stripe-java against the local Stripe-shaped server: one PaymentIntent per
 * order on the supplier's connected account with the platform's fee, signed webhooks stored once,
 * refunds when the supplier declines what was paid for.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CardPaymentIntegrationTests {

    static final String ACCOUNT = "acct_1FerragensLocal";

    @LocalServerPort
    int port;
    @Autowired
    Orders orders;
    @Autowired
    Deliveries deliveries;
    @Autowired
    Carts carts;
    @Autowired
    SupplierPayments supplierPayments;
    @Autowired
    CardCheckout checkout;
    @Autowired
    ConditionsEditor conditions;
    @Autowired
    BuyerAccountDirectory accounts;
    @Autowired
    TenantDirectory tenants;
    @Autowired
    Catalog catalog;

    private final LocalStripe stripe = LocalStripe.get();
    private final HttpClient http = HttpClient.newHttpClient();
    private BuyerAccountProfile horizonte;

    @BeforeEach
    void horizontePaysByCardAtFerragens() {
        asFerragensItself(() -> {
            supplierPayments.connect(ACCOUNT);
            conditions.saveTerms("FP-10021", new TermsDraft("Cartão de crédito ou 30 dias, boleto", TradeTerms.Freight.CIF, 2,
                    new BigDecimal("1500.00")));
            catalog.setStock("FP-00092", "GRU", 500);
            catalog.setStock("FP-00106", "GRU", 500);
            return null;
        });
        horizonte = asFerragens(() -> accounts.byAccountNumber("FP-10021")).orElseThrow();
    }

    @AfterEach
    void asFound() {
        asFerragensItself(() -> {
            conditions.saveTerms("FP-10021", new TermsDraft("30/60/90 dias, boleto", TradeTerms.Freight.CIF, 2, new BigDecimal("1500.00")));
            supplierPayments.disconnect();
            return null;
        });
        asFerragens(() -> {
            carts.empty(horizonte);
            return null;
        });
    }

    private <T> T asFerragens(Supplier<T> work) {
        return TenantContext.callAs(tenants.bySlug("ferragens").orElseThrow().id(), work);
    }

    /** As Ferragens' own systems: its payment account and conditions are the supplier's to change. */
    private <T> T asFerragensItself(Supplier<T> work) {
        return Acting.asSupplier(tenants.bySlug("ferragens").orElseThrow().id(), work);
    }

    private PlacedOrder cardOrder(Map<String, Integer> lines) {
        lines.forEach((sku, quantity) -> asFerragens(() -> carts.add(horizonte, sku, quantity, null)));
        return asFerragens(() -> orders.place(horizonte, UUID.randomUUID().toString(), PaymentMethod.CARD));
    }

    private CardCheckout.Session sessionOf(PlacedOrder order) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> asFerragens(() -> checkout.session(order.id())), s -> s.isPresent())
                .orElseThrow();
    }

    private HttpResponse<String> webhook(String payload, String signature) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/webhooks/stripe"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(payload));
        if (signature != null) {
            request.header("Stripe-Signature", signature);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private PlacedOrder reload(PlacedOrder order) {
        return asFerragens(() -> orders.byId(order.id())).orElseThrow();
    }

    @Test
    void aCardOrderGetsOnePaymentIntentOnTheSuppliersAccountWithThePlatformsFee() {
        var order = cardOrder(Map.of("FP-00092", 10));

        var session = sessionOf(order);

        var intents = stripe.intentsOfOrder(order.id().toString());
        assertThat(intents).hasSize(1);
        // The buyer pays the goods with IPI (5 % on nuts); Feira's fee is on the goods alone.
        long cents = order.payable().amount().movePointRight(2).longValueExact();
        long goods = order.total().amount().movePointRight(2).longValueExact();
        assertThat(order.taxes().ipi().amount()).isPositive();
        assertThat(intents.getFirst()).containsEntry("amount", cents).containsEntry("currency", "brl")
                .containsEntry("application_fee_amount", Math.round(goods * 0.02));
        assertThat(session.clientSecret()).isEqualTo(intents.getFirst().get("client_secret"));
        assertThat(session.stripeAccount()).isEqualTo(ACCOUNT);
        assertThat(session.status()).isEqualTo(CardCheckout.Status.AWAITING_CARD);
        var created = stripe.requests("POST", "/v1/payment_intents").stream()
                .filter(r -> r.getBodyAsString().contains(order.id().toString())).toList();
        assertThat(created).isNotEmpty().allSatisfy(r -> {
            assertThat(r.getHeader("Stripe-Account")).isEqualTo(ACCOUNT);
            assertThat(r.getHeader("Idempotency-Key")).isEqualTo("intent-" + order.id());
        });
    }

    @Test
    void aSignedSuccessPaysTheOrderOnceAndItsReplayChangesNothing() throws Exception {
        var order = cardOrder(Map.of("FP-00092", 10));
        var session = sessionOf(order);
        String intent = session.clientSecret().substring(0, session.clientSecret().indexOf("_secret_"));
        String event = stripe.event("payment_intent.succeeded", intent, null);

        var first = webhook(event, LocalStripe.signature(event));
        var paidAt = reload(order).paidAt();
        var replay = webhook(event, LocalStripe.signature(event));

        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(first.body()).contains("HANDLED");
        assertThat(replay.statusCode()).isEqualTo(200);
        assertThat(replay.body()).contains("REPLAY");
        assertThat(paidAt).isPresent();
        assertThat(reload(order).paidAt()).isEqualTo(paidAt);
        assertThat(asFerragens(() -> checkout.session(order.id())).orElseThrow().status()).isEqualTo(CardCheckout.Status.SUCCEEDED);

        // Paid before it was invoiced: issuing the invoice settles it.
        asFerragens(() -> orders.confirm(order.id(), Map.of(), null));
        asFerragens(() -> deliveries.deliver(deliveries.shipNow(order.id(), Map.of(), "Jadlog", "JD1").id()));
        assertThat(asFerragens(() -> orders.invoice(order.id())).status()).isEqualTo(OrderStatus.PAID);
    }

    @Test
    void aForgedOrStaleSignatureIsRefusedWith400AndChangesNothing() throws Exception {
        var order = cardOrder(Map.of("FP-00092", 10));
        var session = sessionOf(order);
        String intent = session.clientSecret().substring(0, session.clientSecret().indexOf("_secret_"));
        String event = stripe.event("payment_intent.succeeded", intent, null);

        var forged = webhook(event, LocalStripe.signature(event, "whsec_someone_else", Instant.now()));
        var stale = webhook(event, LocalStripe.signature(event, LocalStripe.WEBHOOK_SECRET, Instant.now().minusSeconds(900)));
        var altered = webhook(event.replace("\"livemode\":false", "\"livemode\":true"), LocalStripe.signature(event));
        var unsigned = webhook(event, null);

        assertThat(java.util.List.of(forged, stale, altered, unsigned)).extracting(HttpResponse::statusCode).containsOnly(400);
        assertThat(reload(order).paidAt()).isEmpty();
        // The genuine event is still handled afterwards: refusing the forgeries recorded nothing.
        assertThat(webhook(event, LocalStripe.signature(event)).body()).contains("HANDLED");
        assertThat(reload(order).paidAt()).isPresent();
    }

    @Test
    void aFailureThatArrivesAfterTheSuccessDoesNotUndoIt() throws Exception {
        var order = cardOrder(Map.of("FP-00092", 10));
        var session = sessionOf(order);
        String intent = session.clientSecret().substring(0, session.clientSecret().indexOf("_secret_"));
        String declined = stripe.event("payment_intent.payment_failed", intent, "Your card was declined.");
        String succeeded = stripe.event("payment_intent.succeeded", intent, null);
        String lateFailure = stripe.event("payment_intent.payment_failed", intent, "Your card has insufficient funds.");

        webhook(declined, LocalStripe.signature(declined));
        assertThat(reload(order).paymentFailure()).contains("Your card was declined.");
        webhook(succeeded, LocalStripe.signature(succeeded));
        webhook(lateFailure, LocalStripe.signature(lateFailure));

        var paid = reload(order);
        assertThat(paid.paidAt()).isPresent();
        assertThat(paid.paymentFailure()).isEmpty();
        assertThat(asFerragens(() -> checkout.session(order.id())).orElseThrow().status()).isEqualTo(CardCheckout.Status.SUCCEEDED);
    }

    @Test
    void aDeclineAndASuccessArrivingAtOnceLeaveTheOrderPaid() throws Exception {
        var order = cardOrder(Map.of("FP-00092", 10));
        var session = sessionOf(order);
        String intent = session.clientSecret().substring(0, session.clientSecret().indexOf("_secret_"));
        String declined = stripe.event("payment_intent.payment_failed", intent, "Your card was declined.");
        String succeeded = stripe.event("payment_intent.succeeded", intent, null);
        var twoThreads = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var start = new java.util.concurrent.CountDownLatch(1);
            java.util.function.Function<String, java.util.concurrent.Future<HttpResponse<String>>> post = event -> twoThreads.submit(() -> {
                start.await();
                return webhook(event, LocalStripe.signature(event));
            });
            var one = post.apply(declined);
            var two = post.apply(succeeded);
            start.countDown();

            assertThat(java.util.List.of(one.get(), two.get())).extracting(HttpResponse::statusCode).containsOnly(200);
        } finally {
            twoThreads.shutdownNow();
        }
        assertThat(reload(order).paidAt()).isPresent();
        assertThat(asFerragens(() -> checkout.session(order.id())).orElseThrow().status()).isEqualTo(CardCheckout.Status.SUCCEEDED);
    }

    @Test
    void aDeclinedLineIsRefundedAndACancelledUnpaidOrderCancelsItsIntent() throws Exception {
        var paidOrder = cardOrder(Map.of("FP-00092", 10, "FP-00106", 4));
        var session = sessionOf(paidOrder);
        String intent = session.clientSecret().substring(0, session.clientSecret().indexOf("_secret_"));
        String succeeded = stripe.event("payment_intent.succeeded", intent, null);
        webhook(succeeded, LocalStripe.signature(succeeded));
        var declined = paidOrder.lines().stream().filter(l -> l.sku().equals("FP-00106")).findFirst().orElseThrow();

        asFerragens(() -> orders.confirm(paidOrder.id(), Map.of("FP-00106", "Out of stock until March"), null));

        var taxes = declined.tax().orElseThrow();
        long back = declined.total().plus(taxes.ipi()).plus(taxes.icmsSt()).amount().movePointRight(2).longValueExact();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(stripe.refundsOf(intent)).extracting(r -> r.get("amount"))
                .containsExactly(back));

        var unpaid = cardOrder(Map.of("FP-00092", 2));
        var unpaidSession = sessionOf(unpaid);
        String unpaidIntent = unpaidSession.clientSecret().substring(0, unpaidSession.clientSecret().indexOf("_secret_"));
        asFerragens(() -> orders.cancel(horizonte, unpaid.id(), "Bought elsewhere"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(stripe.intent(unpaidIntent)).containsEntry("status", "canceled"));
        assertThat(stripe.refundsOf(unpaidIntent)).isEmpty();
    }

    @Test
    void aSupplierWithItsOwnStripeKeysTakesCardsThereWithoutThePlatformsFee() throws Exception {
        asFerragensItself(() -> {
            supplierPayments.disconnect();
            supplierPayments.useOwnKeys("sk_test_ferragensOwn123", "pk_test_ferragensOwn123", "whsec_ferragensOwn123");
            return null;
        });
        assertThatThrownBy(() -> asFerragensItself(() -> {
            supplierPayments.useOwnKeys("sk_live_mixedKinds1234", "pk_test_ferragensOwn123", "whsec_ferragensOwn123");
            return null;
        })).isInstanceOf(IllegalArgumentException.class);
        var order = cardOrder(Map.of("FP-00092", 10));

        var session = sessionOf(order);

        var intent = stripe.intentsOfOrder(order.id().toString()).getFirst();
        assertThat(intent.get("application_fee_amount")).isNull();
        assertThat(session.publishableKey()).isEqualTo("pk_test_ferragensOwn123");
        assertThat(stripe.requests("POST", "/v1/payment_intents").stream().filter(r -> r.getBodyAsString().contains(order.id().toString())))
                .allSatisfy(r -> {
                    assertThat(r.getHeader("Authorization")).isEqualTo("Bearer sk_test_ferragensOwn123");
                    assertThat(r.containsHeader("Stripe-Account")).isFalse();
                });
        String event = stripe.event("payment_intent.succeeded", (String) intent.get("id"), null);
        String signedByFerragens = LocalStripe.signature(event, "whsec_ferragensOwn123", Instant.now());
        var atAnotherSupplier = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/webhooks/stripe/escritorio"))
                .header("Content-Type", "application/json").header("Stripe-Signature", signedByFerragens)
                .POST(HttpRequest.BodyPublishers.ofString(event)).build(), HttpResponse.BodyHandlers.ofString());
        var atFerragens = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/webhooks/stripe/ferragens"))
                .header("Content-Type", "application/json").header("Stripe-Signature", signedByFerragens)
                .POST(HttpRequest.BodyPublishers.ofString(event)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(atAnotherSupplier.statusCode()).isEqualTo(400);
        assertThat(atFerragens.statusCode()).as(atFerragens.body()).isEqualTo(200);
        assertThat(reload(order).paidAt()).isPresent();
    }

    @Test
    void withoutAConnectedAccountACardIsNotOfferedAndNotAccepted() {
        asFerragensItself(() -> {
            supplierPayments.disconnect();
            return null;
        });
        asFerragens(() -> carts.add(horizonte, "FP-00092", 10, null));

        assertThat(asFerragens(() -> orders.paymentMethods(horizonte))).containsExactly(PaymentMethod.INVOICE);
        assertThatThrownBy(() -> asFerragens(() -> orders.place(horizonte, UUID.randomUUID().toString(), PaymentMethod.CARD)))
                .isInstanceOf(Orders.CheckoutRefusal.class).hasMessageContaining("Card payments are not available");
        asFerragensItself(() -> {
            supplierPayments.connect(ACCOUNT);
            return null;
        });
        assertThat(asFerragens(() -> orders.paymentMethods(horizonte))).containsExactlyInAnyOrder(PaymentMethod.INVOICE, PaymentMethod.CARD);
    }
}
