package dev.feira.catalog.web;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import dev.feira.testing.IntegrationApiClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A supplier's ERP sets stock on its own host; buyers searching see the new level. Nobody else may set it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class StockApiIntegrationTests {

    @LocalServerPort
    int port;

    private IntegrationApiClient api;
    private String supplierToken;

    @BeforeEach
    void tokens() {
        api = new IntegrationApiClient(port);
        supplierToken = api.token("ferragens-erp", "ferragens-erp-secret-123");
    }

    @Test
    void theSuppliersErpSetsStockAndBuyersSeeItInSearch() {
        var response = api.put("ferragens.localhost", "/api/v1/stock/FP-00010", supplierToken, "{\"stock\": 4321}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(api.body(response).path("stock").asInt()).isEqualTo(4321);
        String buyer = api.token("horizonte-compras", "horizonte-compras-secret-123");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            var hit = api.body(api.get("ferragens.localhost", "/api/v1/search?q=FP-00010", buyer)).path("hits").path(0);
            assertThat(hit.path("sku").asString()).isEqualTo("FP-00010");
            assertThat(hit.path("stock").asInt()).isEqualTo(4321);
        });
    }

    @Test
    void aBuyerMayNotSetStock() {
        var response = api.put("ferragens.localhost", "/api/v1/stock/FP-00010",
                api.token("horizonte-compras", "horizonte-compras-secret-123"), "{\"stock\": 0}");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(api.body(response).path("detail").asString()).contains("Only Ferragens Paulista Distribuidora");
    }

    @Test
    void anotherSupplierMayNotSetThisSuppliersStock() {
        var response = api.put("ferragens.localhost", "/api/v1/stock/FP-00010",
                api.token("escritorio-erp", "escritorio-erp-secret-123"), "{\"stock\": 0}");

        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void anUnknownSkuOrAnAbsurdLevelChangesNothing() {
        var unknown = api.put("ferragens.localhost", "/api/v1/stock/NOPE-1", supplierToken, "{\"stock\": 5}");
        var negative = api.put("ferragens.localhost", "/api/v1/stock/FP-00011", supplierToken, "{\"stock\": -5}");
        var notANumber = api.put("ferragens.localhost", "/api/v1/stock/FP-00011", supplierToken, "{\"stock\": \"lots\"}");
        var otherTenantsSku = api.put("ferragens.localhost", "/api/v1/stock/ET-00001", supplierToken, "{\"stock\": 5}");

        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(api.body(unknown).path("detail").asString()).contains("NOPE-1");
        assertThat(negative.statusCode()).isEqualTo(400);
        assertThat(notANumber.statusCode()).isEqualTo(400);
        assertThat(otherTenantsSku.statusCode()).isEqualTo(404);
    }
}
