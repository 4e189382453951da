package dev.feira.search.internal;

import java.io.IOException;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.feira.search.CatalogSearch;
import dev.feira.search.SearchUnavailable;
import dev.feira.shared.TenantContext;
import dev.feira.tenancy.TenantDirectory;
import dev.feira.testing.IntegrationApiClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Elasticsearch is unreachable when the application starts (a real server behind a proxy the test keeps shut): the
 * application starts and serves, search says plainly that it is unavailable (503 at the API), and the catalogs are
 * indexed once the server can be reached.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SearchDownAtStartIntegrationTests {

    static SwitchableTcpProxy proxy;

    @DynamicPropertySource
    static void elasticsearchBehindAShutProxy(DynamicPropertyRegistry registry) throws IOException {
        proxy = SwitchableTcpProxy.toEmbeddedElasticsearch();
        proxy.down();
        registry.add("feira.elasticsearch.url", proxy::url);
    }

    @AfterAll
    static void closeProxy() throws IOException {
        proxy.down();
    }

    @LocalServerPort
    int port;
    @Autowired
    CatalogSearch search;
    @Autowired
    TenantDirectory tenants;

    @Test
    void theAppStartsWithoutSearchSaysSoAndIndexesOnceSearchIsBack() throws IOException {
        var ferragens = tenants.bySlug("ferragens").orElseThrow().id();
        assertThatThrownBy(() -> TenantContext.callAs(ferragens, () -> search.search(CatalogSearch.CatalogQuery.of("parafuso"), 0, 5)))
                .isInstanceOf(SearchUnavailable.class);
        var api = new IntegrationApiClient(port);
        String buyer = api.token("horizonte-compras", "horizonte-compras-secret-123");
        var answer = api.get("ferragens.localhost", "/api/v1/search?q=parafuso", buyer);
        assertThat(answer.statusCode()).isEqualTo(503);
        assertThat(answer.headers().firstValue("Retry-After")).isPresent();
        assertThat(answer.body()).contains("Search is unavailable");

        proxy.up();

        await().atMost(Duration.ofSeconds(90)).ignoreExceptions().untilAsserted(() -> assertThat(TenantContext.callAs(ferragens,
                () -> search.search(CatalogSearch.CatalogQuery.of("parafuso"), 0, 5).hits())).isNotEmpty());
        assertThat(api.get("ferragens.localhost", "/api/v1/search?q=parafuso", buyer).statusCode()).isEqualTo(200);
    }
}
