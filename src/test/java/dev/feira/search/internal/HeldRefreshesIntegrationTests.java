package dev.feira.search.internal;

import java.io.IOException;
import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.util.AopTestUtils;

import dev.feira.tenancy.TenantDirectory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Catalog rebuilds hold the shared index's refreshes (every 30 s, not every second) and give them back when the last
 * one here ends; refreshes left held by an instance that died are given back when another one starts.
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

    @BeforeEach
    void indexFilled() {
        await().atMost(Duration.ofSeconds(120)).ignoreExceptions().until(() -> index.refreshInterval().equals(ProductIndex.LIVE_REFRESH));
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
    void refreshesLeftHeldByAnInstanceThatDiedAreGivenBackWhenAnotherStarts() throws IOException {
        cluster.client().indices().putSettings(p -> p.index(ProductIndex.INDEX)
                .settings(s -> s.refreshInterval(t -> t.time(ProductIndex.HELD_REFRESH))));

        boolean fillsAgain = new ProductIndex(cluster, anyTenants -> QueryWords.SynonymGroups.NONE).prepare();

        assertThat(fillsAgain).isFalse();
        assertThat(index.refreshInterval()).isEqualTo(ProductIndex.LIVE_REFRESH);
    }
}
