package dev.feira.search.internal;

import java.io.IOException;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import dev.feira.shared.TenantContext;
import dev.feira.shared.TenantId;
import dev.feira.tenancy.TenantDirectory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * A bulk's answer carries only whether items failed and why: a write the index refuses for any reason but holding a newer
 * read still fails, with Elasticsearch's reason.
 */
@SpringBootTest
@ActiveProfiles("test")
class RefusedIndexWritesIntegrationTests {

    private static final String SKU = "FP-00162";

    @Autowired
    ProductIndexer indexer;
    @Autowired
    ProductIndex index;
    @Autowired
    SearchCluster cluster;
    @Autowired
    TenantDirectory tenants;

    @Test
    void aWriteRefusedForAnotherReasonThanANewerReadFailsWithTheReason() throws IOException {
        TenantId ferragens = tenants.bySlug("ferragens").orElseThrow().id();
        await().atMost(Duration.ofSeconds(90)).ignoreExceptions().until(() -> index.indexed(ferragens, SKU).isPresent());
        var read = TenantContext.callAs(ferragens, () -> indexer.read(SKU)).orElseThrow();

        blockWrites(true);
        try {
            assertThatThrownBy(() -> index.upsert(ferragens, read))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("blocked");
        } finally {
            blockWrites(false);
        }
        index.upsert(ferragens, read);
        assertThat(index.indexed(ferragens, SKU)).isPresent();
    }

    private void blockWrites(boolean blocked) throws IOException {
        cluster.client().indices().putSettings(p -> p.index(index.names().alias()).settings(s -> s.blocks(b -> b.write(blocked))));
    }
}
