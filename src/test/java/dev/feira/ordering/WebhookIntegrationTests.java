package dev.feira.ordering;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import dev.feira.catalog.Catalog;
import dev.feira.identity.BuyerAccountDirectory;
import dev.feira.shared.TenantContext;
import dev.feira.tenancy.TenantDirectory;
import dev.feira.testing.Acting;
import dev.feira.testing.IntegrationApiClient;
import dev.feira.webhooks.Webhooks;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Ferragens' ERP subscribes to order events: deliveries are signed with its secret and retried until answered. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class WebhookIntegrationTests {

    static final String HOST = "ferragens.localhost";

    @LocalServerPort
    int port;
    @Autowired
    Orders orders;
    @Autowired
    Carts carts;
    @Autowired
    Webhooks webhooks;
    @Autowired
    Catalog catalog;
    @Autowired
    BuyerAccountDirectory accounts;
    @Autowired
    TenantDirectory tenants;

    private final WireMockServer erp = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    private IntegrationApiClient api;
    private String token;

    @BeforeEach
    void erpListens() {
        erp.start();
        api = new IntegrationApiClient(port);
        token = api.token("ferragens-erp", "ferragens-erp-secret-123");
    }

    @AfterEach
    void unsubscribe() {
        Acting.asSupplier(ferragensId(), () -> {
            webhooks.subscriptions().forEach(s -> webhooks.unsubscribe(s.id()));
            return null;
        });
        erp.stop();
    }

    private dev.feira.shared.TenantId ferragensId() {
        return tenants.bySlug("ferragens").orElseThrow().id();
    }

    private <T> T asFerragens(java.util.function.Supplier<T> work) {
        return TenantContext.callAs(tenants.bySlug("ferragens").orElseThrow().id(), work);
    }

    @Test
    void aPlacedOrderReachesTheSubscribedErpSignedAndIsRetriedUntilTheErpAnswers() {
        // The ERP is down at first: 503, then 200.
        erp.stubFor(post(urlEqualTo("/feira")).inScenario("outage").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("up"));
        erp.stubFor(post(urlEqualTo("/feira")).inScenario("outage").whenScenarioStateIs("up").willReturn(aResponse().withStatus(200)));
        var created = api.post(HOST, "/api/v1/webhooks", token, "application/json",
                ("{\"url\": \"http://127.0.0.1:" + erp.port() + "/feira\", \"events\": [\"order.placed\"]}").getBytes());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String secret = api.body(created).path("secret").asString();
        String subscription = api.body(created).path("id").asString();

        var vale = asFerragens(() -> accounts.byAccountNumber("FP-10007")).orElseThrow();
        Acting.asSupplier(ferragensId(), () -> catalog.setStock("FP-00092", "GRU", 500));
        asFerragens(() -> carts.empty(vale));
        asFerragens(() -> carts.add(vale, "FP-00092", 10, null));
        var order = asFerragens(() -> orders.place(vale, UUID.randomUUID().toString()));

        await().atMost(Duration.ofSeconds(30)).until(() -> erp.getAllServeEvents().size() >= 2);
        var received = erp.getAllServeEvents().stream().map(e -> e.getRequest()).toList();
        assertThat(received).allSatisfy(request -> {
            assertThat(request.getBodyAsString()).contains(order.number(), "order.placed");
            assertThat(verified(request, secret)).isTrue();
            assertThat(request.getHeader("Feira-Event-Id")).isEqualTo(received.getFirst().getHeader("Feira-Event-Id"));
        });
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(api.body(api.get(HOST,
                "/api/v1/webhooks/" + subscription + "/deliveries", token)).path(0).path("deliveredAt").isNull()).isFalse());
        var delivery = api.body(api.get(HOST, "/api/v1/webhooks/" + subscription + "/deliveries", token)).path(0);
        assertThat(delivery.path("attempts").asInt()).isEqualTo(2);
    }

    @Test
    void aBuyerCannotSubscribeAndABadUrlIsRefused() {
        String buyer = api.token("metalurgica-erp", "metalurgica-erp-secret-123");
        var byBuyer = api.post(HOST, "/api/v1/webhooks", buyer, "application/json",
                "{\"url\": \"http://127.0.0.1/x\", \"events\": [\"order.placed\"]}".getBytes());
        var notHttp = api.post(HOST, "/api/v1/webhooks", token, "application/json",
                "{\"url\": \"ftp://erp.example/x\", \"events\": [\"order.placed\"]}".getBytes());
        var unknownEvent = api.post(HOST, "/api/v1/webhooks", token, "application/json",
                "{\"url\": \"http://127.0.0.1/x\", \"events\": [\"order.teleported\"]}".getBytes());

        assertThat(byBuyer.statusCode()).isEqualTo(403);
        assertThat(notHttp.statusCode()).isEqualTo(400);
        assertThat(unknownEvent.statusCode()).isEqualTo(400);
        assertThat(Acting.asSupplier(ferragensId(), () -> webhooks.subscriptions())).isEmpty();
    }

    /** What a receiver does: recompute the HMAC of "t.body" with its secret and compare. */
    private static boolean verified(LoggedRequest request, String secret) {
        var parts = Map.ofEntries(java.util.Arrays.stream(request.getHeader("Feira-Signature").split(","))
                .map(p -> Map.entry(p.substring(0, p.indexOf('=')), p.substring(p.indexOf('=') + 1))).toArray(Map.Entry[]::new));
        try {
            var mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(secret.getBytes(), "HmacSHA256"));
            String expected = java.util.HexFormat.of().formatHex(mac.doFinal((parts.get("t") + "." + request.getBodyAsString()).getBytes()));
            return expected.equals(parts.get("v1"));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
