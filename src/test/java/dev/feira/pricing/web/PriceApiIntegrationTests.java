package dev.feira.pricing.web;

import java.time.Duration;

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
 * Prices through the API, on the demo conditions (tenants/ferragens/conditions.yaml): each buyer
 * gets its own price and the trace of why; nobody reads another organisation's prices.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PriceApiIntegrationTests {

    static final String FERRAGENS = "ferragens.localhost";
    /** A hex nut (Fixadores > Porcas): list price 51.10, minimum lot 2; Metalúrgica Vale has it at 43.44 in its own list. */
    static final String NUT = "/api/v1/products/FP-00092/price";

    @LocalServerPort
    int port;

    private IntegrationApiClient api;
    private String horizonte;
    private String vale;

    @BeforeEach
    void tokens() {
        api = new IntegrationApiClient(port);
        horizonte = api.token("horizonte-compras", "horizonte-compras-secret-123");
        vale = api.token("metalurgica-erp", "metalurgica-erp-secret-123");
    }

    @Test
    void aBuyerGetsItsNegotiatedPriceAndTheTraceSaysWhy() {
        JsonNode price = ok(api.get(FERRAGENS, NUT + "?quantity=4", vale));

        assertThat(price.path("buyerAccount").asString()).isEqualTo("FP-10007");
        assertThat(price.path("listPrice").decimalValue()).isEqualByComparingTo("51.10");
        assertThat(price.path("unitPrice").decimalValue()).isEqualByComparingTo("43.44");
        assertThat(price.path("total").decimalValue()).isEqualByComparingTo("173.76");
        assertThat(price.path("trace").path(1).path("kind").asString()).isEqualTo("INDIVIDUAL_PRICE");
        assertThat(price.path("trace").path(1).path("rule").asString()).isEqualTo("ACORDO-VALE");
        assertThat(price.path("terms").path("payment").asString()).isEqualTo("28 dias, faturado");
    }

    @Test
    void volumeTiersOfTheGeneralListApplyFromTheirQuantity() {
        JsonNode small = ok(api.get(FERRAGENS, NUT + "?quantity=2", horizonte));
        JsonNode tier = ok(api.get(FERRAGENS, NUT + "?quantity=20", horizonte));
        JsonNode bigger = ok(api.get(FERRAGENS, NUT + "?quantity=100", horizonte));

        assertThat(small.path("unitPrice").decimalValue()).isEqualByComparingTo("51.10");
        assertThat(tier.path("unitPrice").decimalValue()).isEqualByComparingTo("49.06");
        assertThat(bigger.path("unitPrice").decimalValue()).isEqualByComparingTo("47.01");
        assertThat(bigger.path("trace").path(1).path("fromQuantity").asInt()).isEqualTo(100);
    }

    @Test
    void twoBuyersSearchingTheSameWordsSeeTheirOwnNetPrices() {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonNode forHorizonte = ok(api.get(FERRAGENS, "/api/v1/search?q=FP-00092", horizonte)).path("hits").path(0);
            JsonNode forVale = ok(api.get(FERRAGENS, "/api/v1/search?q=FP-00092", vale)).path("hits").path(0);
            assertThat(forHorizonte.path("sku").asString()).isEqualTo("FP-00092");
            assertThat(forHorizonte.path("netPrice").decimalValue()).isEqualByComparingTo("51.10");
            assertThat(forVale.path("netPrice").decimalValue()).isEqualByComparingTo("43.44");
        });
    }

    @Test
    void aBuyerSeesOnlyItsAssortmentInSearchAndPrices() {
        // Padarias Estrela's assortment at Escritório Total holds office basics and the kitchen, no IT.
        String estrela = api.token("estrela-compras", "estrela-compras-secret-123");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(ok(api.get("escritorio.localhost", "/api/v1/search?q=mouse", horizonte)).path("total").asLong()).isPositive());

        JsonNode forEstrela = ok(api.get("escritorio.localhost", "/api/v1/search?q=mouse", estrela));
        JsonNode everything = ok(api.get("escritorio.localhost", "/api/v1/search?size=1", estrela));
        var hiddenPrice = api.get("escritorio.localhost", "/api/v1/products/ET-00033/price", estrela);
        var visiblePrice = api.get("escritorio.localhost", "/api/v1/products/ET-00033/price", horizonte);

        assertThat(forEstrela.path("total").asLong()).isZero();
        assertThat(everything.path("total").asLong()).isPositive().isLessThan(211);
        assertThat(hiddenPrice.statusCode()).isEqualTo(404);
        assertThat(visiblePrice.statusCode()).isEqualTo(200);
    }

    @Test
    void aBuyerCannotAskForAnotherAccountsPrices() {
        var response = api.get(FERRAGENS, NUT + "?account=FP-10007", horizonte);

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(api.body(response).path("detail").asString()).isEqualTo("A buyer sees its own prices only.");
    }

    @Test
    void theSupplierSeesAnyOfItsAccountsPricesButAnotherSupplierSeesNone() {
        String ferragens = api.token("ferragens-erp", "ferragens-erp-secret-123");
        String escritorio = api.token("escritorio-erp", "escritorio-erp-secret-123");

        JsonNode asVale = ok(api.get(FERRAGENS, NUT + "?account=FP-10007", ferragens));
        var otherSupplier = api.get(FERRAGENS, NUT + "?account=FP-10007", escritorio);

        assertThat(asVale.path("unitPrice").decimalValue()).isEqualByComparingTo("43.44");
        assertThat(otherSupplier.statusCode()).isEqualTo(403);
        assertThat(api.body(otherSupplier).toString()).doesNotContain("43.44");
    }

    @Test
    void aPrivateSuppliersPricesAreRefusedToABuyerWithoutAnAccountThere() {
        // Construtora Horizonte has no account at Sabor & Cia (private).
        var response = api.get("sabor.localhost", "/api/v1/products/SC-00001/price", horizonte);

        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void badQuantitiesAndUnknownProductsGetClearProblems() {
        var negative = api.get(FERRAGENS, NUT + "?quantity=-5", horizonte);
        var absurd = api.get(FERRAGENS, NUT + "?quantity=1000001", horizonte);
        var notANumber = api.get(FERRAGENS, NUT + "?quantity=muitos", horizonte);
        var unknown = api.get(FERRAGENS, "/api/v1/products/NAO-EXISTE/price", horizonte);
        var bareHost = api.get("localhost", NUT, horizonte);

        assertThat(negative.statusCode()).isEqualTo(400);
        assertThat(api.body(negative).path("detail").asString()).contains("from 1 to 1000000");
        assertThat(absurd.statusCode()).isEqualTo(400);
        assertThat(notANumber.statusCode()).isEqualTo(400);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(api.body(unknown).path("detail").asString()).contains("NAO-EXISTE");
        assertThat(bareHost.statusCode()).isEqualTo(404);
    }

    private JsonNode ok(java.net.http.HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return api.body(response);
    }
}
