package dev.feira.shared.persistence;

import java.time.Duration;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import dev.feira.testing.FaultTests;
import dev.feira.testing.IntegrationApiClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * PostgreSQL drops every connection of the application (as a restart or a fail-over does): the application goes on
 * without being restarted — its pool opens new connections — and what it had acknowledged is still there.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = FaultTests.OWN_APPLICATION)
@ActiveProfiles("test")
class DatabaseConnectionsLostIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    @Qualifier("ownerDataSource")
    DataSource ownerDataSource;

    @Test
    void theAppServesAgainAfterLosingEveryConnectionAndKeepsWhatItAcknowledged() {
        var api = new IntegrationApiClient(port);
        String erp = api.token("ferragens-erp", "ferragens-erp-secret-123");
        var acknowledged = api.put("ferragens.localhost", "/api/v1/stock/FP-00011", erp, "{\"stock\": 777}");
        assertThat(acknowledged.statusCode()).isEqualTo(200);
        int stockAcknowledged = api.body(acknowledged).path("stock").asInt();

        int dropped = new JdbcTemplate(ownerDataSource).queryForObject(
                "select count(pg_terminate_backend(pid)) from pg_stat_activity where usename = 'feira_app'", Integer.class);
        assertThat(dropped).isPositive();

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            var stock = api.get("ferragens.localhost", "/api/v1/stock/FP-00011", erp);
            assertThat(stock.statusCode()).isEqualTo(200);
            assertThat(api.body(stock).path("stock").asInt()).isEqualTo(stockAcknowledged);
        });
        assertThat(api.put("ferragens.localhost", "/api/v1/stock/FP-00011", erp, "{\"stock\": 778}").statusCode()).isEqualTo(200);
    }
}
