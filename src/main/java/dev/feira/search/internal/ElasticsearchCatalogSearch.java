package dev.feira.search.internal;

import org.springframework.stereotype.Service;

import dev.feira.search.CatalogSearch;
import dev.feira.shared.TenantContext;

@Service
class ElasticsearchCatalogSearch implements CatalogSearch {

    private final ProductIndex index;

    ElasticsearchCatalogSearch(ProductIndex index) {
        this.index = index;
    }

    @Override
    public SearchPage search(CatalogQuery query, int page, int size) {
        var result = index.search(TenantContext.require(), query, page * size, size);
        return new SearchPage(result.hits(), result.total());
    }

    @Override
    public long count(CatalogQuery query) {
        return index.count(TenantContext.require(), query);
    }

    @Override
    public Facets facets(CatalogQuery query) {
        return index.facets(TenantContext.require(), query);
    }
}
