package dev.feira.search.internal;

import java.io.IOException;
import java.time.Duration;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.util.AopTestUtils;

import dev.feira.tenancy.TenantDirectory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Catalog rebuilds hold the shared index's refreshes (every 30 s, not every second) and give them back when the last
 * one here ends, or, if Elasticsearch could not be reached then, once it can; refreshes left held by an instance that
 * died are given back when another one starts.
 */
@SpringBootTest
@ActiveProfiles("test")
class HeldRefreshesIntegrationTests {

    @Autowired
    ProductIndex index;
    @Autowired
    ProductIndexer indexer;
    @Autowired
    SearchCluster cluster;
    @Autowired
    TenantDirectory tenants;

    /**
     * This instance has caught up and holds nothing; the index refreshes every second. Other application contexts of this test run share the server: one
     * whose Elasticsearch was taken away during a rebuild ({@link SearchDownAtStartIntegrationTests}) leaves it held.
     */
    @BeforeEach
    void indexLive() throws IOException {
        var indexing = AopTestUtils.<ProductIndexer>getUltimateTargetObject(indexer);
        await().atMost(Duration.ofSeconds(120)).ignoreExceptions()
                .until(() -> indexing.caughtUp() && !index.holdsRefreshes() && index.refreshInterval() != null);
        cluster.client().indices().putSettings(p -> p.index(index.names().alias())
                .settings(s -> s.refreshInterval(t -> t.time(ProductIndex.LIVE_REFRESH))));
    }

    @Test
    void refreshesStayHeldUntilTheLastRebuildEnds() {
        var escritorio = tenants.bySlug("escritorio").orElseThrow().id();
        index.holdRefreshes(); // as a long rebuild of another catalog would
        try {
            assertThat(index.refreshInterval()).isEqualTo(ProductIndex.HELD_REFRESH);

            AopTestUtils.<ProductIndexer>getUltimateTargetObject(indexer).reindex(escritorio); // begun and ended meanwhile

            assertThat(index.refreshInterval()).as("still held by the other").isEqualTo(ProductIndex.HELD_REFRESH);
        } finally {
            index.resumeRefreshes();
        }
        assertThat(index.refreshInterval()).isEqualTo(ProductIndex.LIVE_REFRESH);
    }

    @Test
    void refreshesARebuildCouldNotGiveBackAreGivenBackOnceElasticsearchAnswersAgain() throws IOException {
        try (var proxy = SwitchableTcpProxy.toEmbeddedElasticsearch();
             var rest = RestClient.builder(HttpHost.create(proxy.url())).build()) {
            var elsewhere = new ProductIndex(new SearchCluster(new ElasticsearchClient(new RestClientTransport(rest,
                    new Jackson3JsonpMapper())), null), anyTenants -> QueryWords.SynonymGroups.NONE, index.names());
            elsewhere.holdRefreshes(); // a rebuild on an instance that then loses Elasticsearch
            proxy.down();
            await().atMost(Duration.ofSeconds(10)).until(() -> { // the client's kept connection closed too
                try {
                    elsewhere.refreshInterval();
                    return false;
                } catch (RuntimeException unreachable) {
                    return true;
                }
            });

            assertThatThrownBy(elsewhere::resumeRefreshes).isInstanceOf(RuntimeException.class);
            elsewhere.giveBackOwedRefreshes(); // still out of reach
            assertThat(index.refreshInterval()).isEqualTo(ProductIndex.HELD_REFRESH);

            proxy.up();
            elsewhere.giveBackOwedRefreshes();
            assertThat(index.refreshInterval()).isEqualTo(ProductIndex.LIVE_REFRESH);
        }
    }

    @Test
    void refreshesLeftHeldByAnInstanceThatDiedAreGivenBackWhenAnotherStarts() throws IOException {
        cluster.client().indices().putSettings(p -> p.index(index.names().alias())
                .settings(s -> s.refreshInterval(t -> t.time(ProductIndex.HELD_REFRESH))));

        boolean fillsAgain = new ProductIndex(cluster, anyTenants -> QueryWords.SynonymGroups.NONE, index.names()).prepare();

        assertThat(fillsAgain).isFalse();
        assertThat(index.refreshInterval()).isEqualTo(ProductIndex.LIVE_REFRESH);
    }
}
