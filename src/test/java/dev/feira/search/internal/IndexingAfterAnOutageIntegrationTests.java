package dev.feira.search.internal;

import java.io.IOException;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.feira.catalog.Catalog;
import dev.feira.search.CatalogSearch;
import dev.feira.shared.TenantContext;
import dev.feira.tenancy.TenantDirectory;
import dev.feira.testing.Acting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Elasticsearch goes away while a supplier's ERP changes stock: the change is kept by the event
 * publication registry and indexed once Elasticsearch is reachable again — nothing is lost. The
 * server is the real embedded one, reached through a proxy the test cuts and restores.
 */
@SpringBootTest(properties = "feira.events.retry-after=PT2S")
@ActiveProfiles("test")
class IndexingAfterAnOutageIntegrationTests {

    static SwitchableTcpProxy proxy;

    @DynamicPropertySource
    static void elasticsearchBehindAProxy(DynamicPropertyRegistry registry) throws IOException {
        proxy = SwitchableTcpProxy.toEmbeddedElasticsearch();
        registry.add("feira.elasticsearch.url", proxy::url);
    }

    @AfterAll
    static void closeProxy() throws IOException {
        proxy.close();
    }

    @Autowired
    Catalog catalog;
    @Autowired
    CatalogSearch search;
    @Autowired
    TenantDirectory tenants;

    @Test
    void aStockChangeMadeWhileSearchIsDownIsIndexedOnceItIsBack() throws IOException {
        var ferragens = tenants.bySlug("ferragens").orElseThrow().id();
        await().atMost(Duration.ofSeconds(90)).until(() -> stockInSearch(ferragens, "FP-00160") >= 0);

        proxy.down();
        Acting.asSupplier(ferragens, () -> catalog.setStock("FP-00160", 4242));
        await().pollDelay(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                .until(() -> TenantContext.callAs(ferragens, () -> catalog.bySku("FP-00160").orElseThrow().stock()) == 4242);
        proxy.up();

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(stockInSearch(ferragens, "FP-00160")).isEqualTo(4242));
    }

    /** The stock the index shows for a SKU, or -1 while it is not searchable. */
    private int stockInSearch(dev.feira.shared.TenantId tenant, String sku) {
        try {
            return TenantContext.callAs(tenant, () -> search.search(CatalogSearch.CatalogQuery.of(sku), 0, 1).hits().stream()
                    .filter(p -> p.sku().equals(sku)).findFirst().map(p -> p.stock()).orElse(-1));
        } catch (RuntimeException unreachable) {
            return -1;
        }
    }
}
