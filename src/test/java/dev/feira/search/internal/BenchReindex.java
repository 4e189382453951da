package dev.feira.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.context.ApplicationContext;
import org.springframework.test.util.AopTestUtils;

import dev.feira.shared.TenantId;

/** For benchmarks: a tenant's rebuild and the full reindex, run in the caller's thread (the operator's are asynchronous). */
public final class BenchReindex {

    private final ProductIndexer indexer;
    private final SearchCluster cluster;
    private final IndexNames names;

    public BenchReindex(ApplicationContext app) {
        this.indexer = AopTestUtils.getUltimateTargetObject(app.getBean(ProductIndexer.class));
        this.cluster = app.getBean(SearchCluster.class);
        this.names = app.getBean(IndexNames.class);
    }

    public void reindex(TenantId tenant) {
        indexer.reindex(tenant);
    }

    /** How many products the live index holds. */
    public long indexedProducts() {
        try {
            return cluster.client().count(c -> c.index(names.alias())).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every tenant into a fresh index, swapped in. */
    public void reindexAll() {
        indexer.reindexAll();
    }

    /**
     * Where Elasticsearch spent its time on the live products index so far (ms): indexing, refreshing, merging, flushing; and the
     * CPU time of this JVM (the app) and of Elasticsearch's processes, which share the machine's cores.
     */
    public IndexWork work() {
        try {
            var stats = cluster.client().indices().stats(s -> s.index(names.alias()));
            String live = stats.indices().keySet().iterator().next();
            var primaries = stats.all().primaries();
            long searchCpu = cluster.client().nodes().stats(s -> s.metric("process")).nodes().values().stream()
                    .mapToLong(node -> node.process().cpu().totalInMillis()).sum();
            long appCpu = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                    .getOperatingSystemMXBean()).getProcessCpuTime() / 1_000_000;
            return new IndexWork(live, primaries.indexing().indexTimeInMillis(), primaries.refresh().totalTimeInMillis(),
                    primaries.merges().totalTimeInMillis(), primaries.flush().totalTimeInMillis(), appCpu, searchCpu, machineCpu());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** CPU time of every process on this machine (ms), from Linux's {@code /proc/stat}; 0 where there is none. */
    private static long machineCpu() {
        try {
            String[] ticks = java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/stat")).getFirst().trim().split("\\s+");
            long busy = 0;
            for (int field : new int[] {1, 2, 3, 6, 7, 8}) { // user, nice, system, irq, softirq, steal
                busy += Long.parseLong(ticks[field]);
            }
            return busy * 10; // USER_HZ is 100 on Linux
        } catch (IOException | RuntimeException none) {
            return 0;
        }
    }

    /** Elasticsearch's figures are those of {@code index}: a full reindex's fresh index counts from nothing. */
    public record IndexWork(String index, long indexing, long refresh, long merges, long flush, long appCpu, long searchCpu, long machineCpu) {
        public IndexWork since(IndexWork before) {
            if (!index.equals(before.index)) {
                return new IndexWork(index, indexing, refresh, merges, flush, appCpu - before.appCpu, searchCpu - before.searchCpu,
                        machineCpu - before.machineCpu);
            }
            return new IndexWork(index, indexing - before.indexing, refresh - before.refresh, merges - before.merges, flush - before.flush,
                    appCpu - before.appCpu, searchCpu - before.searchCpu, machineCpu - before.machineCpu);
        }

        @Override
        public String toString() {
            return String.format("Elasticsearch: indexing %,d ms, refresh %,d ms, merges %,d ms, flush %,d ms; CPU: app %,d ms, "
                    + "Elasticsearch %,d ms, machine %,d ms", indexing, refresh, merges, flush, appCpu, searchCpu, machineCpu);
        }
    }
}
