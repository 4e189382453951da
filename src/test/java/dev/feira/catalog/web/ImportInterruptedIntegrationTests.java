package dev.feira.catalog.web;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

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
 * An import cut off half-way — its database session killed while it writes, as when the application dies — leaves
 * nothing of itself behind: the import is one transaction. The application goes on importing afterwards.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = FaultTests.OWN_APPLICATION)
@ActiveProfiles("test")
class ImportInterruptedIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    @Qualifier("ownerDataSource")
    DataSource ownerDataSource;

    @Test
    void anImportKilledHalfWayAppliesNothing() throws Exception {
        var api = new IntegrationApiClient(port);
        String erp = api.token("ferragens-erp", "ferragens-erp-secret-123");
        var sheet = new StringBuilder("sku,name,unit,list_price,brand,category\n");
        for (int i = 0; i < 60_000; i++) {
            sheet.append("CUT-%05d,Parafuso de corte %d,CX,%d.50,Belenus,Fixadores > Parafusos\n".formatted(i, i, 1 + i % 90));
        }
        var owner = new JdbcTemplate(ownerDataSource);

        CompletableFuture<HttpResponse<String>> importing = CompletableFuture.supplyAsync(() -> api.post("ferragens.localhost",
                "/api/v1/imports?kind=products", erp, "text/csv", sheet.toString().getBytes(StandardCharsets.UTF_8)));
        List<Integer> killed = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(25)).until(() -> owner.queryForList("""
                select pg_terminate_backend(pid)::int from pg_stat_activity
                where usename = 'feira_app' and backend_xid is not null and xact_start < now() - interval '300 milliseconds'""",
                Integer.class), found -> !found.isEmpty());
        var answer = importing.get();

        assertThat(killed).isNotEmpty();
        assertThat(answer.statusCode()).as("the import could not finish").isGreaterThanOrEqualTo(500);
        assertThat(answer.body()).doesNotContain("Exception", "at org.", "at dev.");
        assertThat(owner.queryForObject("select count(*) from product where sku like 'CUT-%'", Long.class)).isZero();

        var again = api.post("ferragens.localhost", "/api/v1/imports?kind=products", erp, "text/csv",
                "sku,name,unit,list_price\nCUT-AGAIN,Parafuso de corte,CX,1.50\n".getBytes(StandardCharsets.UTF_8));
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(owner.queryForObject("select count(*) from product where sku like 'CUT-%'", Long.class)).isEqualTo(1);
    }
}
