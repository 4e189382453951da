package dev.feira.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.context.ApplicationContext;
import org.springframework.test.util.AopTestUtils;

import dev.feira.shared.TenantId;

/** For benchmarks: a tenant's full reindex, run in the caller's thread (the operator's is asynchronous). */
public final class BenchReindex {

    private final ProductIndexer indexer;
    private final SearchCluster cluster;

    public BenchReindex(ApplicationContext app) {
        this.indexer = AopTestUtils.getUltimateTargetObject(app.getBean(ProductIndexer.class));
        this.cluster = app.getBean(SearchCluster.class);
    }

    public void reindex(TenantId tenant) {
        indexer.reindex(tenant);
    }

    /**
     * Where Elasticsearch spent its time on the products index so far (ms): indexing, refreshing, merging, flushing; and the
     * CPU time of this JVM (the app) and of Elasticsearch's processes, which share the machine's cores.
     */
    public IndexWork work() {
        try {
            var primaries = cluster.client().indices().stats(s -> s.index(ProductIndex.INDEX)).all().primaries();
            long searchCpu = cluster.client().nodes().stats(s -> s.metric("process")).nodes().values().stream()
                    .mapToLong(node -> node.process().cpu().totalInMillis()).sum();
            long appCpu = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                    .getOperatingSystemMXBean()).getProcessCpuTime() / 1_000_000;
            return new IndexWork(primaries.indexing().indexTimeInMillis(), primaries.refresh().totalTimeInMillis(),
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

    public record IndexWork(long indexing, long refresh, long merges, long flush, long appCpu, long searchCpu, long machineCpu) {
        public IndexWork since(IndexWork before) {
            return new IndexWork(indexing - before.indexing, refresh - before.refresh, merges - before.merges, flush - before.flush,
                    appCpu - before.appCpu, searchCpu - before.searchCpu, machineCpu - before.machineCpu);
        }

        @Override
        public String toString() {
            return String.format("Elasticsearch: indexing %,d ms, refresh %,d ms, merges %,d ms, flush %,d ms; CPU: app %,d ms, "
                    + "Elasticsearch %,d ms, machine %,d ms", indexing, refresh, merges, flush, appCpu, searchCpu, machineCpu);
        }
    }
}
