package dev.feira.ordering.web;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import dev.feira.testing.IntegrationApiClient;

import static org.assertj.core.api.Assertions.assertThat;

/** A buyer's ERP keeps the company's saved lists at a supplier and puts one in the cart, through the API. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SavedListApiIntegrationTests {

    static final String FERRAGENS = "ferragens.localhost";

    @LocalServerPort
    int port;
    IntegrationApiClient api;
    String horizonte;
    String metalurgica;

    @BeforeEach
    void tokens() {
        api = new IntegrationApiClient(port);
        horizonte = api.token("horizonte-compras", "horizonte-compras-secret-123");
        metalurgica = api.token("metalurgica-erp", "metalurgica-erp-secret-123");
        clean();
    }

    @AfterEach
    void clean() {
        for (var list : api.body(api.get(FERRAGENS, "/api/v1/lists", horizonte))) {
            api.delete(FERRAGENS, "/api/v1/lists/" + list.path("id").asString(), horizonte);
        }
        api.delete(FERRAGENS, "/api/v1/carts/current", horizonte);
    }

    @Test
    void aListIsMadeChangedAndPutInTheCartInTheUnitsSaved() {
        var created = api.post(FERRAGENS, "/api/v1/lists", horizonte, "application/json", json("""
                {"name":"Reposição mensal","lines":[{"sku":"FP-00092","quantity":2,"unit":"FD"}]}"""));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = api.body(created).path("id").asString();
        assertThat(api.body(created).path("shared").asBoolean()).isTrue();

        var added = api.post(FERRAGENS, "/api/v1/lists/" + id + "/lines", horizonte, "application/json",
                json("{\"sku\":\"FP-00001\",\"quantity\":3}"));
        assertThat(added.statusCode()).as(added.body()).isEqualTo(200);
        var changed = api.put(FERRAGENS, "/api/v1/lists/" + id + "/lines/FP-00001", horizonte, "{\"quantity\":4}");
        assertThat(api.body(changed).path("lines").get(1).path("quantity").asInt()).isEqualTo(4);

        var toCart = api.post(FERRAGENS, "/api/v1/lists/" + id + "/cart", horizonte, "application/json", json("{}"));
        assertThat(toCart.statusCode()).as(toCart.body()).isEqualTo(200);
        assertThat(api.body(toCart).path("added").asInt()).isEqualTo(2);
        var cart = api.body(api.get(FERRAGENS, "/api/v1/carts/current", horizonte));
        var bundles = cart.path("lines").get(0);
        assertThat(bundles.path("sku").asString()).isEqualTo("FP-00092");
        assertThat(bundles.path("saleQuantity").asInt()).isEqualTo(2);
        assertThat(bundles.path("saleUnit").asString()).isEqualTo("FD");
    }

    @Test
    void aRefusalIsInTheCallersLanguageAndAnotherCompanysListIsNotFound() {
        String id = api.body(api.post(FERRAGENS, "/api/v1/lists", horizonte, "application/json", json("{\"name\":\"Mensal\"}")))
                .path("id").asString();
        var taken = api.call("POST", FERRAGENS, "/api/v1/lists", horizonte, "application/json", json("{\"name\":\"mensal\"}"),
                "Accept-Language", "pt-BR");
        assertThat(taken.statusCode()).isEqualTo(422);
        assertThat(api.body(taken).path("detail").asString()).isEqualTo("Sua empresa já tem uma lista chamada “mensal”.");
        assertThat(api.body(taken).path("code").asString()).isEqualTo("lists.refused.name-taken");

        assertThat(api.get(FERRAGENS, "/api/v1/lists/" + id, metalurgica).statusCode()).isEqualTo(404);
        assertThat(api.post(FERRAGENS, "/api/v1/lists/" + id + "/cart", metalurgica, "application/json", json("{}")).statusCode())
                .isEqualTo(404);
        assertThat(api.body(api.get(FERRAGENS, "/api/v1/lists", metalurgica)).findValuesAsString("name")).doesNotContain("Mensal");
    }

    @Test
    void theCartBecomesAList() {
        api.post(FERRAGENS, "/api/v1/carts/current/lines", horizonte, "application/json", json("{\"sku\":\"FP-00092\",\"quantity\":1,\"unit\":\"FD\"}"));
        var saved = api.post(FERRAGENS, "/api/v1/lists/from-cart", horizonte, "application/json", json("{\"name\":\"Do carrinho\"}"));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(201);
        var line = api.body(saved).path("lines").get(0);
        assertThat(line.path("quantity").asInt()).isEqualTo(1);
        assertThat(line.path("unit").asString()).isEqualTo("FD");
    }

    private static byte[] json(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
