package dev.feira.search.internal;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;

import dev.feira.catalog.Catalog;
import dev.feira.catalog.CatalogChanged;
import dev.feira.catalog.ProductSnapshot;
import dev.feira.catalog.StockChanged;
import dev.feira.shared.TenantContext;
import dev.feira.shared.TenantId;
import dev.feira.tenancy.TenantDirectory;
import dev.feira.tenancy.TenantProfile;

/**
 * Keeps the index in step with the catalog. Catalog events arrive through the event publication
 * registry, so a change made while Elasticsearch is down is indexed once it is back.
 */
@Component
class ProductIndexer {

    private static final Logger log = LoggerFactory.getLogger(ProductIndexer.class);
    private static final int PAGE = 2000;

    private final ProductIndex index;
    private final Catalog catalog;
    private final TenantDirectory tenants;

    ProductIndexer(ProductIndex index, Catalog catalog, TenantDirectory tenants) {
        this.index = index;
        this.catalog = catalog;
        this.tenants = tenants;
    }

    @ApplicationModuleListener
    void on(CatalogChanged event) {
        index.ensureExists();
        reindex(event.tenant());
    }

    @ApplicationModuleListener
    void on(StockChanged event) {
        index.ensureExists();
        catalog.bySku(event.sku()).ifPresent(product -> index.upsert(event.tenant(), product));
    }

    /** A freshly created index (first start, or lost data) is filled from the catalog of every tenant. */
    @Async
    @EventListener(ApplicationReadyEvent.class)
    void fillNewIndex() {
        if (index.ensureExists()) {
            tenants.all().stream().map(TenantProfile::id).forEach(this::reindex);
        }
    }

    /**
     * Rebuilds the tenant's documents while searches go on: every product is written again in
     * batches (keyset-paged from the catalog, never all in memory), then documents older than this
     * run — products gone from the catalog — are dropped.
     */
    void reindex(TenantId tenant) {
        long generation = System.currentTimeMillis();
        long started = System.nanoTime();
        String after = "";
        int indexed = 0;
        while (true) {
            String from = after;
            List<ProductSnapshot> batch = TenantContext.callAs(tenant, () -> catalog.pageAfter(from, PAGE));
            if (batch.isEmpty()) {
                break;
            }
            index.bulkUpsert(tenant, batch, generation);
            indexed += batch.size();
            after = batch.getLast().sku();
        }
        index.dropEarlierGenerations(tenant, generation);
        long millis = (System.nanoTime() - started) / 1_000_000;
        log.info("Indexed {} products of tenant {} in {} ms ({} products/s)", indexed, tenant, millis,
                millis == 0 ? indexed : indexed * 1000L / millis);
    }
}
