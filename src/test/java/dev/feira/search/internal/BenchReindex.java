package dev.feira.search.internal;

import org.springframework.context.ApplicationContext;
import org.springframework.test.util.AopTestUtils;

import dev.feira.shared.TenantId;

/** For benchmarks: a tenant's full reindex, run in the caller's thread (the operator's is asynchronous). */
public final class BenchReindex {

    private final ProductIndexer indexer;

    public BenchReindex(ApplicationContext app) {
        this.indexer = AopTestUtils.getUltimateTargetObject(app.getBean(ProductIndexer.class));
    }

    public void reindex(TenantId tenant) {
        indexer.reindex(tenant);
    }
}
