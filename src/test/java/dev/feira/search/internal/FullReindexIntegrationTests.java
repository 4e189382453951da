package dev.feira.search.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.util.AopTestUtils;

import dev.feira.shared.TenantContext;
import dev.feira.shared.TenantId;
import dev.feira.tenancy.TenantDirectory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A full reindex fills a fresh index and swaps it in while searches go on; every instance writes its changes to both
 * meanwhile; one fill at a time across instances; and what a fill that broke off left goes with the next.
 */
@SpringBootTest
@ActiveProfiles("test")
class FullReindexIntegrationTests {

    private static final String SKU = "FP-00162";

    @Autowired
    ProductIndexer indexer;
    @Autowired
    ProductIndex index;
    @Autowired
    SearchCluster cluster;
    @Autowired
    TenantDirectory tenants;
    @Autowired
    DataSource dataSource;
    @Autowired
    ReadTime readTime;

    TenantId ferragens;
    ProductIndexer filling;

    @BeforeEach
    void indexed() {
        ferragens = tenants.bySlug("ferragens").orElseThrow().id();
        filling = AopTestUtils.getUltimateTargetObject(indexer);
        await().atMost(Duration.ofSeconds(120)).ignoreExceptions()
                .until(() -> filling.caughtUp() && index.indexed(ferragens, SKU).isPresent());
    }

    @Test
    void aFullReindexSwapsInAFreshIndexHoldingEveryProductAndDropsTheOldOne() throws IOException {
        String before = live();
        long products = count(index.names().alias());

        filling.reindexAll();

        assertThat(live()).isNotEqualTo(before);
        assertThat(count(index.names().alias())).isEqualTo(products);
        assertThat(cluster.client().indices().exists(e -> e.index(before)).value()).isFalse();
        assertThat(cluster.client().indices().existsAlias(a -> a.name(index.names().filling())).value()).isFalse();
    }

    @Test
    void whileAFreshIndexIsFilledAnotherInstanceWritesItsChangesToItToo() throws Exception {
        var elsewhere = otherInstance(ProductIndex.WRITERS_LOOK_EVERY);
        elsewhere.upsert(ferragens, read()); // it has looked: no fill then
        String fresh = index.startFill();
        try {
            Thread.sleep(ProductIndex.EVERY_WRITER_KNOWS); // as the fill waits before it reads the catalogs

            elsewhere.upsert(ferragens, read());

            var found = cluster.client().get(g -> g.index(fresh).id(ferragens + ":" + SKU), ProductDocument.class);
            assertThat(found.found()).as("the change is in the index being filled").isTrue();
        } finally {
            index.abandonFill(fresh);
        }
    }

    @Test
    void aWriteOfAnInstanceThatStillThinksAFillRunsNeitherFailsNorCreatesAnIndexByTheFillsName() throws IOException {
        var elsewhere = otherInstance(Duration.ofHours(1)); // what it knows of a fill stays as it first looked
        String fresh = index.startFill();
        elsewhere.upsert(ferragens, read()); // knows of the fill
        index.abandonFill(fresh); // it ends: here broken off; a swap removes the alias alike

        var latest = read();
        elsewhere.upsert(ferragens, latest);

        assertThat(cluster.client().indices().exists(e -> e.index(index.names().filling())).value()).isFalse();
        assertThat(cluster.client().indices().existsAlias(a -> a.name(index.names().filling())).value()).isFalse();
        var found = cluster.client().get(g -> g.index(index.names().alias()).id(ferragens + ":" + SKU), ProductDocument.class);
        assertThat(found.version()).isEqualTo(latest.readAt());
    }

    @Test
    void aRebuildElsewhereDuringAFillKeepsWhatTheFillReadAfterItBegan() throws IOException {
        var elsewhere = otherInstance(Duration.ZERO); // sees the fill at once, as every writer does by the time it reads
        String fresh = index.startFill();
        try {
            long began = readTime.now(); // a rebuild of the tenant begins on the other instance
            var product = read();
            elsewhere.bulkUpsert(ferragens, List.of(product.product()), product.readAt()); // its page, in both indices
            index.fill(ferragens, List.of(product.product()), readTime.now()); // the fill reads it again, later

            elsewhere.dropReadBefore(ferragens, began); // the rebuild ends: what was read before it began goes

            assertThat(count(fresh)).as("the fill's later read of the product is not taken for a stale one").isPositive();
            var found = cluster.client().get(g -> g.index(fresh).id(ferragens + ":" + SKU), ProductDocument.class);
            assertThat(found.found()).isTrue();
        } finally {
            index.abandonFill(fresh);
            filling.reindex(ferragens); // the live index lost what this partial rebuild did not write again
        }
    }

    @Test
    void theNextFullReindexDropsWhatAFillThatBrokeOffLeftAndSwapsInItsOwn() throws IOException {
        String left = index.startFill(); // an instance that died filling: its index stays, under the filling alias
        String leftUuid = uuid(left);
        long products = count(index.names().alias());

        filling.reindexAll();

        assertThat(uuid(live())).isNotEqualTo(leftUuid);
        assertThat(count(index.names().alias())).isEqualTo(products);
        assertThat(cluster.client().indices().existsAlias(a -> a.name(index.names().filling())).value()).isFalse();
    }

    @Test
    void aFullReindexIsNotBegunWhileAnotherInstanceFills() throws Exception {
        var holding = new CountDownLatch(1);
        var done = new CountDownLatch(1);
        var otherInstance = new FullReindexLock(dataSource); // a connection, so a session, of its own
        var other = Thread.startVirtualThread(() -> otherInstance.whileHeld(() -> {
            holding.countDown();
            try {
                done.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        holding.await();
        String before = live();
        try {
            filling.reindexAll();

            assertThat(live()).isEqualTo(before);
            assertThat(cluster.client().indices().existsAlias(a -> a.name(index.names().filling())).value()).isFalse();
        } finally {
            done.countDown();
            other.join();
        }
        filling.reindexAll(); // once the other has finished, a fill begins
        assertThat(live()).isNotEqualTo(before);
    }

    private ProductIndex otherInstance(Duration lookEvery) {
        return new ProductIndex(cluster, anyTenants -> QueryWords.SynonymGroups.NONE, index.names(), lookEvery);
    }

    private ProductAsRead read() {
        return TenantContext.callAs(ferragens, () -> indexer.read(SKU)).orElseThrow();
    }

    private String live() throws IOException {
        List<String> serving = List.copyOf(cluster.client().indices().getAlias(a -> a.name(index.names().alias())).result().keySet());
        assertThat(serving).hasSize(1);
        return serving.getFirst();
    }

    private long count(String target) throws IOException {
        cluster.client().indices().refresh(r -> r.index(target));
        return cluster.client().count(c -> c.index(target)).count();
    }

    private String uuid(String target) throws IOException {
        return cluster.client().indices().getSettings(g -> g.index(target)).result().values().iterator().next()
                .settings().index().uuid();
    }
}
