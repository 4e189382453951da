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

    /** Where Elasticsearch spent its time on the products index so far (ms): indexing, refreshing, merging, flushing. */
    public IndexWork work() {
        try {
            var primaries = cluster.client().indices().stats(s -> s.index(ProductIndex.INDEX)).all().primaries();
            return new IndexWork(primaries.indexing().indexTimeInMillis(), primaries.refresh().totalTimeInMillis(),
                    primaries.merges().totalTimeInMillis(), primaries.flush().totalTimeInMillis());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public record IndexWork(long indexing, long refresh, long merges, long flush) {
        public IndexWork since(IndexWork before) {
            return new IndexWork(indexing - before.indexing, refresh - before.refresh, merges - before.merges, flush - before.flush);
        }

        @Override
        public String toString() {
            return String.format("Elasticsearch: indexing %,d ms, refresh %,d ms, merges %,d ms, flush %,d ms", indexing, refresh, merges, flush);
        }
    }
}
