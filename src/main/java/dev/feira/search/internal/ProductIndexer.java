package dev.feira.search.internal;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

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
class ProductIndexer implements dev.feira.search.SearchMaintenance, org.springframework.beans.factory.DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ProductIndexer.class);
    private static final int PAGE = 1000;
    /** Bulk requests sent at once by a rebuild: enough to keep the index busy while the next page is read, not more. */
    private static final int BULKS_IN_FLIGHT = 2;

    private final ProductIndex index;
    private final Catalog catalog;
    private final TenantDirectory tenants;
    private final ReadTime readTime;
    private final FullReindexLock fillLock;

    private final TransactionTemplate ownTransaction;

    private final java.util.Map<TenantId, java.util.concurrent.locks.ReentrantLock> rebuilding =
            new java.util.concurrent.ConcurrentHashMap<>();

    private final Set<TenantId> changedWhileStarting = new HashSet<>();
    private boolean started;
    /** Whether the index has caught up with the catalogs since this instance started (filled, or changes made meanwhile indexed). */
    private volatile boolean caughtUp;
    private volatile boolean stopping;

    ProductIndexer(ProductIndex index, Catalog catalog, TenantDirectory tenants, ReadTime readTime, FullReindexLock fillLock,
                   PlatformTransactionManager transactions) {
        this.index = index;
        this.fillLock = fillLock;
        this.readTime = readTime;
        this.catalog = catalog;
        this.tenants = tenants;
        // Reads run in their own transaction, begun for the tenant being indexed: a listener's
        // transaction is bound to its event's tenant, and a full fill reads every tenant.
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.ownTransaction.setReadOnly(true);
    }

    @ApplicationModuleListener
    void on(CatalogChanged event) {
        if (deferredUntilStarted(event.tenant())) {
            return;
        }
        ensureIndex();
        reindex(event.tenant());
    }

    @ApplicationModuleListener
    void on(StockChanged event) {
        if (deferredUntilStarted(event.tenant())) {
            return;
        }
        ensureIndex();
        read(event.sku()).ifPresent(product -> index.upsert(event.tenant(), product));
    }

    @ApplicationModuleListener
    void on(dev.feira.catalog.ProductChanged event) {
        if (deferredUntilStarted(event.tenant())) {
            return;
        }
        ensureIndex();
        read(event.sku()).ifPresent(product -> index.upsert(event.tenant(), product));
    }

    /** The current tenant's product as the catalog holds it now, with the time of the read. */
    Optional<ProductAsRead> read(String sku) {
        long readAt = readTime.now();
        return catalog.bySku(sku).map(product -> new ProductAsRead(product, readAt));
    }

    /**
     * Changes made while the application starts (the declarative tenants load then, a product at a time) are
     * indexed once it has started: each changed tenant once, or every tenant once when the index version is new.
     * Indexing as they came rebuilt a fresh demo's catalogs twice or three times each.
     */
    private synchronized boolean deferredUntilStarted(TenantId tenant) {
        if (started) {
            return false;
        }
        changedWhileStarting.add(tenant);
        return true;
    }

    /**
     * On start, a new index version (first start, a mapping change, lost data) is filled while searches go on. A search
     * server that cannot be reached yet is asked again, less and less often, until it answers: the application starts
     * and serves without it meanwhile (searches say search is unavailable).
     */
    @Async
    @EventListener(ApplicationReadyEvent.class)
    void indexAfterStart() {
        Set<TenantId> changed;
        synchronized (this) {
            started = true;
            changed = Set.copyOf(changedWhileStarting);
            changedWhileStarting.clear();
        }
        for (int attempt = 1; !stopping; attempt++) {
            try {
                if (!ensureIndex()) {
                    changed.forEach(this::reindex);
                }
                caughtUp = true;
                return;
            } catch (RuntimeException unreachable) {
                if (attempt == 1) {
                    log.warn("The search index cannot be reached ({}); it is indexed as soon as it can", unreachable.getMessage());
                }
                pause(Duration.ofSeconds(Math.clamp(attempt / 5, 1, 30))); // every second at first, then less often
            }
        }
    }

    boolean caughtUp() {
        return caughtUp;
    }

    @Override
    public void destroy() {
        stopping = true;
    }

    private void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopping = true;
        }
    }

    /**
     * Whoever first finds the index missing or of an earlier version fills a fresh one from every tenant's catalog and swaps
     * it in; answers whether this caller did (not when another instance is filling it: this one's changes reach it too).
     */
    private boolean ensureIndex() {
        return index.prepare() && fillAfresh();
    }

    /** The operator's full reindex: every tenant, while the shop stays live on the index it replaces. */
    @Override
    @Async
    public void reindexAll() {
        if (!fillAfresh()) {
            log.info("A full reindex is running on another instance already; this one was not begun");
        }
    }

    /**
     * Every tenant's catalog into a fresh index, swapped in for searches once full. Rewriting 100,000 documents in place
     * cost Elasticsearch as much again in merges reclaiming the replaced ones, and a fresh index is cheaper to fill
     * (decision 015). Changes made meanwhile on any instance reach both indices.
     *
     * @return whether this instance filled it; false when another is filling one now
     */
    private boolean fillAfresh() {
        return fillLock.whileHeld(() -> {
            String fresh = index.startFill();
            try {
                pause(ProductIndex.EVERY_WRITER_KNOWS); // from now on every instance writes its changes to the fresh index too
                if (stopping) {
                    throw new IllegalStateException("Stopping before the fresh search index was filled");
                }
                long started = System.nanoTime();
                int filled = 0;
                for (TenantId tenant : tenants.all().stream().map(TenantProfile::id).toList()) {
                    filled += exclusively(tenant, () -> writeAll(tenant, index::fill));
                }
                index.completeFill(fresh);
                long millis = Math.max(1, (System.nanoTime() - started) / 1_000_000);
                log.info("Filled search index {} with {} products in {} ms ({} products/s)", fresh, filled, millis, filled * 1000L / millis);
            } catch (RuntimeException broken) {
                index.abandonFill(fresh);
                throw broken;
            }
        });
    }

    /**
     * Rebuilds the tenant's documents while searches go on: every product is written again in
     * batches (keyset-paged from the catalog, never all in memory), then documents read before this
     * run began — products gone from the catalog — are dropped.
     */
    @Override
    @Async
    public void reindex(TenantId tenant) {
        // One rebuild of a tenant at a time here: two at once (a catalog and a stock import right after each other) would
        // each write every product. Correct either way: each drops only documents read before it began.
        exclusively(tenant, () -> {
            rebuild(tenant);
            return null;
        });
    }

    private <T> T exclusively(TenantId tenant, java.util.function.Supplier<T> work) {
        var lock = rebuilding.computeIfAbsent(tenant, t -> new java.util.concurrent.locks.ReentrantLock());
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Pages are read from the catalog while earlier ones are turned into documents and sent: the reading, the Java analysis and
     * Elasticsearch's indexing overlap instead of waiting on each other (with the lean page read, a reindex of
     * 100,000 products went from 7,200 to 11,000 products/s on two cores).
     */
    private void rebuild(TenantId tenant) {
        // By the database's clock, as are the documents' reads: one read after this run began is never taken for an
        // earlier one, whichever instance's clock is behind.
        long began = readTime.now();
        long started = System.nanoTime();
        int indexed;
        index.holdRefreshes();
        try {
            indexed = writeAll(tenant, index::bulkUpsert);
        } finally {
            index.resumeRefreshes();
        }
        index.dropReadBefore(tenant, began);
        long millis = (System.nanoTime() - started) / 1_000_000;
        log.info("Indexed {} products of tenant {} in {} ms ({} products/s)", indexed, tenant, millis,
                millis == 0 ? indexed : indexed * 1000L / millis);
    }

    /** Where a rebuild's pages go: the live index (and a fill's), or a fill's alone. */
    @FunctionalInterface
    private interface PageWriter {
        void write(TenantId tenant, List<ProductSnapshot> page, long readAt);
    }

    /** Every product of the tenant written again, stamped with when its page was read; how many. */
    private int writeAll(TenantId tenant, PageWriter writer) {
        var inFlight = new Semaphore(BULKS_IN_FLIGHT);
        var failed = new AtomicReference<RuntimeException>();
        String after = "";
        int indexed = 0;
        try (var senders = Executors.newVirtualThreadPerTaskExecutor()) {
            while (failed.get() == null) {
                String from = after;
                long readAt = readTime.now();
                List<ProductSnapshot> batch = TenantContext.callAs(tenant,
                        () -> ownTransaction.execute(status -> catalog.pageAfter(from, PAGE)));
                if (batch.isEmpty()) {
                    break;
                }
                inFlight.acquireUninterruptibly();
                senders.submit(() -> {
                    try {
                        writer.write(tenant, batch, readAt);
                    } catch (RuntimeException e) {
                        failed.compareAndSet(null, e);
                    } finally {
                        inFlight.release();
                    }
                });
                indexed += batch.size();
                after = batch.getLast().sku();
            }
        } // waits for the bulks still in flight
        if (failed.get() != null) {
            throw failed.get(); // earlier documents stay: a failed rebuild must not drop what it did not replace
        }
        return indexed;
    }
}
