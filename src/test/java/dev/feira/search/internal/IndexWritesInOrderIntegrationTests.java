package dev.feira.search.internal;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import dev.feira.catalog.Catalog;
import dev.feira.shared.TenantContext;
import dev.feira.shared.TenantId;
import dev.feira.tenancy.TenantDirectory;
import dev.feira.testing.Acting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Listeners of one product's changes run at once (on several instances, too): the one that read the older state may
 * reach Elasticsearch last. Each write carries the database's time of its read, so the index keeps the newer state.
 */
@SpringBootTest
@ActiveProfiles("test")
class IndexWritesInOrderIntegrationTests {

    private static final String SKU = "FP-00161";

    @Autowired
    Catalog catalog;
    @Autowired
    ProductIndexer indexer;
    @Autowired
    ProductIndex index;
    @Autowired
    TenantDirectory tenants;

    @Test
    void aListenerThatReadTheOlderStockAndWritesLastDoesNotUndoTheNewer() {
        TenantId ferragens = tenants.bySlug("ferragens").orElseThrow().id();
        Acting.asSupplier(ferragens, () -> catalog.setStock(SKU, 1111));
        // The index may still be starting (its shards not yet assigned): asked then, it answers 503.
        await().atMost(Duration.ofSeconds(90)).ignoreExceptions().until(() -> indexedStock(ferragens) == 1111);

        // One listener has read the product and is held up before it writes ...
        var heldUp = TenantContext.callAs(ferragens, () -> indexer.read(SKU)).orElseThrow();
        assertThat(heldUp.product().stock()).isEqualTo(1111);
        // ... while the next change is read and indexed by another.
        Acting.asSupplier(ferragens, () -> catalog.setStock(SKU, 2222));
        await().atMost(Duration.ofSeconds(30)).until(() -> indexedStock(ferragens) == 2222);

        index.upsert(ferragens, heldUp);

        assertThat(indexedStock(ferragens)).isEqualTo(2222);
    }

    /** What the index holds for the product now (a real-time get: no refresh needed), or -1 if nothing. */
    private int indexedStock(TenantId tenant) {
        return index.indexed(tenant, SKU).map(dev.feira.catalog.ProductSnapshot::stock).orElse(-1);
    }
}
