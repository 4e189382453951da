package dev.feira.shared.web;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import dev.feira.testing.IntegrationApiClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Input that cannot be right gets a 400 problem document saying so — never a guess, a 500 or a stack trace. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class BadApiInputIntegrationTests {

    @LocalServerPort
    int port;
    IntegrationApiClient api;
    String buyer;

    @BeforeEach
    void signIn() {
        api = new IntegrationApiClient(port);
        buyer = api.token("horizonte-compras", "horizonte-compras-secret-123");
    }

    @org.junit.jupiter.api.AfterEach
    void emptyTheCart() { // a cart left behind would be one more cart for the recovery tests to find
        api.delete("ferragens.localhost", "/api/v1/carts/current", buyer);
    }

    @Test
    void aNumberSentAsTextOrAFractionForAWholeNumberIsRefused() {
        assertBadRequest(addLine("{\"sku\":\"FP-00001\",\"quantity\":\"10\"}"));
        assertBadRequest(addLine("{\"sku\":\"FP-00001\",\"quantity\":1.5}"));
        assertBadRequest(addLine("{\"sku\":\"FP-00001\",\"quantity\":"));
        assertThat(addLine("{\"sku\":\"FP-00001\",\"quantity\":10}").statusCode()).isEqualTo(200);
    }

    @Test
    void pagingPastTheIndexWindowOrBeyondAnIntegerIsRefused() {
        var deep = api.get("ferragens.localhost", "/api/v1/search?q=parafuso&page=600&size=20", buyer);
        assertBadRequest(deep);
        assertThat(deep.body()).contains("10000");
        assertBadRequest(api.get("ferragens.localhost", "/api/v1/search?q=parafuso&page=2147483648", buyer));
        assertBadRequest(api.get("ferragens.localhost", "/api/v1/search?q=parafuso&size=-1", buyer));
        assertThat(api.get("ferragens.localhost", "/api/v1/search?q=parafuso&page=499&size=20", buyer).statusCode()).isEqualTo(200);
    }

    @Test
    void aVeryLongUrlIsRefusedWithoutATrace() {
        var response = api.get("ferragens.localhost", "/api/v1/search?q=" + "a".repeat(20_000), buyer);

        assertThat(response.statusCode()).isBetween(400, 431);
        assertThat(response.body()).doesNotContain("Exception", "at org.", "at dev.");
    }

    private HttpResponse<String> addLine(String json) {
        return api.call("POST", "ferragens.localhost", "/api/v1/carts/current/lines", buyer, "application/json",
                json.getBytes(StandardCharsets.UTF_8));
    }

    private static void assertBadRequest(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(response.body()).doesNotContain("Exception", "at org.", "at dev.");
    }
}
