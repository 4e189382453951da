package dev.feira.search.web;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

import dev.feira.testing.IntegrationApiClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The integration API as an ERP calls it: a client-credentials token from the built-in
 * authorization server, then search on the supplier's host. Tokens name their organisation, and
 * an organisation without an account at a private supplier is refused.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SearchApiIntegrationTests {

    @LocalServerPort
    int port;
    @org.springframework.beans.factory.annotation.Autowired
    dev.feira.search.SearchMaintenance maintenance;
    @org.springframework.beans.factory.annotation.Autowired
    dev.feira.tenancy.TenantDirectory tenants;

    private IntegrationApiClient api;

    @BeforeEach
    void catalogIsIndexed() {
        api = new IntegrationApiClient(port);
        String token = token("horizonte-compras", "horizonte-compras-secret-123");
        await().atMost(Duration.ofSeconds(90)).until(() -> body(get("ferragens.localhost", "/api/v1/search", token)).path("total").asLong() > 0);
    }

    @Test
    void aBuyerWithAnAccountSearchesTheSuppliersCatalogWithPrices() {
        var response = get("ferragens.localhost", "/api/v1/search?q=" + encode("parafuso sextavado inox") + "&size=5", token("horizonte-compras", "horizonte-compras-secret-123"));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = body(response);
        assertThat(body.path("supplier").asString()).isEqualTo("ferragens");
        assertThat(body.path("currency").asString()).isEqualTo("BRL");
        assertThat(body.path("hits")).hasSize(5);
        assertThat(body.path("hits").get(0).path("name").asString()).contains("Parafuso Sextavado").contains("Inox");
        assertThat(body.path("hits").get(0).path("listPrice").isNumber()).isTrue();
    }

    @Test
    void anExactSkuRanksFirst() {
        var body = body(get("ferragens.localhost", "/api/v1/search?q=FP-00042", token("ferragens-erp", "ferragens-erp-secret-123")));

        assertThat(body.path("hits").get(0).path("sku").asString()).isEqualTo("FP-00042");
    }

    @Test
    void anOrganisationWithoutAnAccountAtAPrivateSupplierIsRefused() {
        var response = get("sabor.localhost", "/api/v1/search?q=farinha", token("horizonte-compras", "horizonte-compras-secret-123"));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(body(response).path("detail").asString()).contains("no account at Sabor do Campo");
    }

    @Test
    void anotherSuppliersTokenCannotReadAPrivateSupplier() {
        var response = get("sabor.localhost", "/api/v1/search", token("ferragens-erp", "ferragens-erp-secret-123"));

        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void thePrivateSuppliersOwnBuyerIsServed() {
        String token = token("estrela-compras", "estrela-compras-secret-123");
        await().atMost(Duration.ofSeconds(60)).until(() -> body(get("sabor.localhost", "/api/v1/search", token)).path("total").asLong() > 0);

        var body = body(get("sabor.localhost", "/api/v1/search?q=acucar", token));

        assertThat(body.path("hits").get(0).path("name").asString()).contains("Açúcar");
    }

    @Test
    void noTokenOrAForgedTokenGetsA401Problem() {
        var anonymous = get("ferragens.localhost", "/api/v1/search", null);
        var forged = get("ferragens.localhost", "/api/v1/search", forgedToken());

        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
        assertThat(body(anonymous).path("status").asInt()).isEqualTo(401);
        assertThat(body(anonymous).path("title").asString()).isEqualTo("Unauthorized");
        assertThat(forged.statusCode()).isEqualTo(401);
    }

    @Test
    void aWrongClientSecretGetsNoToken() {
        assertThat(api.tokenResponse("horizonte-compras", "not-the-secret").statusCode()).isEqualTo(401);
    }

    @Test
    void badPagingIsA400Problem() {
        String token = token("horizonte-compras", "horizonte-compras-secret-123");

        var tooBig = get("ferragens.localhost", "/api/v1/search?size=1000", token);
        var notANumber = get("ferragens.localhost", "/api/v1/search?page=abc", token);

        assertThat(tooBig.statusCode()).isEqualTo(400);
        assertThat(body(tooBig).path("detail").asString()).contains("size between 1 and 100");
        assertThat(notANumber.statusCode()).isEqualTo(400);
    }

    @Test
    void theBareHostComparesOneItemAcrossTheSuppliersTheCallerMaySee() {
        // Nitrile gloves (one GTIN) are sold by Ferragens (public) and Sabor do Campo (private).
        String valeToken = token("metalurgica-erp", "metalurgica-erp-secret-123");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(offersOf(
                body(get("localhost", "/api/v1/search?q=luva%20nitrilica", valeToken)), "7899000000058"))
                .containsExactlyInAnyOrder("ferragens", "sabor"));

        var horizonte = body(get("localhost", "/api/v1/search?q=luva%20nitrilica", token("horizonte-compras", "horizonte-compras-secret-123")));

        assertThat(offersOf(horizonte, "7899000000058")).containsExactly("ferragens");
        assertThat(horizonte.toString()).doesNotContain("SC-00237");
    }

    @Test
    void sortedByTheBuyersOwnNetPriceEvenWhereTheListPricesDisagree() {
        String vale = token("metalurgica-erp", "metalurgica-erp-secret-123");
        var byList = netPrices(body(get("ferragens.localhost", "/api/v1/search?size=100&sort=LIST_PRICE_ASCENDING", vale)));
        // Vale's agreement and discounts put some products out of list price order: what this sort is for.
        assertThat(byList).isNotEqualTo(byList.stream().sorted().toList());

        var first = body(get("ferragens.localhost", "/api/v1/search?size=100&sort=NET_PRICE_ASCENDING", vale));
        var second = body(get("ferragens.localhost", "/api/v1/search?size=100&page=1&sort=NET_PRICE_ASCENDING", vale));
        var ascending = new java.util.ArrayList<>(netPrices(first));
        ascending.addAll(netPrices(second));
        assertThat(ascending).hasSizeGreaterThan(100).isSortedAccordingTo(java.util.Comparator.naturalOrder());
        assertThat(first.path("total").asLong()).isEqualTo(body(get("ferragens.localhost", "/api/v1/search?size=1", vale)).path("total").asLong());

        var descending = netPrices(body(get("ferragens.localhost", "/api/v1/search?size=100&sort=NET_PRICE_DESCENDING", vale)));
        assertThat(descending).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(descending.getFirst()).isGreaterThanOrEqualTo(ascending.getLast());
    }

    private static java.util.List<java.math.BigDecimal> netPrices(JsonNode result) {
        return result.path("hits").valueStream().map(hit -> hit.path("netPrice").decimalValue()).toList();
    }

    private static java.util.List<String> offersOf(JsonNode result, String gtin) {
        var suppliers = new java.util.ArrayList<String>();
        for (JsonNode item : result.path("items")) {
            if (gtin.equals(item.path("gtin").asString())) {
                item.path("offers").forEach(o -> suppliers.add(o.path("supplier").asString()));
            }
        }
        return suppliers;
    }

    @Test
    void filtersSortsAndFacetsNarrowTheCatalogAndNeverCountHiddenProducts() {
        String token = token("horizonte-compras", "horizonte-compras-secret-123");

        var nuts = body(get("ferragens.localhost", "/api/v1/search?size=100&category=Fixadores%20%3E%20Porcas&sort=LIST_PRICE_ASCENDING", token));
        var inStock = body(get("ferragens.localhost", "/api/v1/search?size=1&inStock=true", token));
        var all = body(get("ferragens.localhost", "/api/v1/search?size=1&facets=true", token));
        // Counting is a second query: only for those who ask.
        assertThat(body(get("ferragens.localhost", "/api/v1/search?size=1", token)).path("facets").path("categories").isMissingNode()).isTrue();

        assertThat(nuts.path("total").asLong()).isEqualTo(18);
        var prices = new java.util.ArrayList<java.math.BigDecimal>();
        nuts.path("hits").forEach(h -> {
            assertThat(h.path("category").asString()).isEqualTo("Fixadores > Porcas");
            prices.add(h.path("listPrice").decimalValue());
        });
        assertThat(prices).isSortedAccordingTo(java.math.BigDecimal::compareTo);
        assertThat(inStock.path("total").asLong()).isEqualTo(all.path("facets").path("inStock").asLong()).isLessThan(all.path("total").asLong());
        assertThat(all.path("facets").path("categories").toString()).contains("\"value\":\"Fixadores > Porcas\",\"count\":18");

        // Padarias Estrela's assortment at Escritório Total has no IT: not even a facet count betrays it.
        String estrela = token("estrela-compras", "estrela-compras-secret-123");
        await().atMost(Duration.ofSeconds(60)).until(() -> body(get("escritorio.localhost", "/api/v1/search", estrela)).path("total").asLong() > 0);
        var forEstrela = body(get("escritorio.localhost", "/api/v1/search?size=1&facets=true", estrela));
        assertThat(forEstrela.path("facets").toString()).doesNotContain("Informática");
    }

    @Test
    void aReindexWhileTheShopIsLiveLeavesEveryProductSearchable() {
        String token = token("horizonte-compras", "horizonte-compras-secret-123");
        long before = body(get("ferragens.localhost", "/api/v1/search?size=1", token)).path("total").asLong();

        maintenance.reindex(tenants.bySlug("ferragens").orElseThrow().id());
        for (int i = 0; i < 20; i++) { // searched while the reindex runs in the background
            assertThat(body(get("ferragens.localhost", "/api/v1/search?size=1", token)).path("total").asLong()).isEqualTo(before);
        }
        maintenance.reindexAll();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(body(get("ferragens.localhost", "/api/v1/search?size=1", token)).path("total").asLong()).isEqualTo(before));
    }

    @Test
    void aWordBeingTypedMatchesAsAPrefix() {
        String token = token("horizonte-compras", "horizonte-compras-secret-123");

        var typing = body(get("ferragens.localhost", "/api/v1/search?q=" + encode("arruela press") + "&size=3", token));

        assertThat(typing.path("total").asLong()).isPositive();
        typing.path("hits").forEach(h -> assertThat(h.path("name").asString()).startsWith("Arruela de Pressão"));
    }

    @Test
    void theApiIsDescribedByOpenApi() {
        var response = get("localhost", "/v3/api-docs", null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(body(response).path("paths").has("/api/v1/search")).isTrue();
    }

    private String token(String clientId, String secret) {
        return api.token(clientId, secret);
    }

    private HttpResponse<String> get(String host, String path, String token) {
        return api.get(host, path, token);
    }

    private JsonNode body(HttpResponse<String> response) {
        return api.body(response);
    }

    /** A well-formed JWT that this server never signed. */
    private static String forgedToken() {
        var encoder = Base64.getUrlEncoder().withoutPadding();
        String header = encoder.encodeToString("{\"alg\":\"RS256\",\"kid\":\"attacker\"}".getBytes(StandardCharsets.UTF_8));
        String claims = encoder.encodeToString("{\"sub\":\"ferragens-erp\",\"scope\":\"api\",\"supplier\":\"x\"}".getBytes(StandardCharsets.UTF_8));
        return header + "." + claims + "." + encoder.encodeToString("not-a-signature".getBytes(StandardCharsets.UTF_8));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
