package dev.feira.search.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationContext;

import dev.feira.catalog.ProductSnapshot;
import dev.feira.pricing.Assortment;
import dev.feira.search.CatalogSearch.CatalogQuery;
import dev.feira.shared.TenantId;

/** For benchmarks: the running app's own index query, without the web, security, pricing or anything else around it. */
public final class BareSearch {

    private final ProductIndex index;

    public BareSearch(ApplicationContext app) {
        this.index = app.getBean(ProductIndex.class);
    }

    public List<ProductSnapshot> search(TenantId tenant, Optional<Assortment> assortment, String text, int size) {
        return index.search(tenant, CatalogQuery.of(text).within(assortment), 0, size).hits();
    }
}
