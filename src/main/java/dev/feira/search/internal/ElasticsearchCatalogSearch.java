package dev.feira.search.internal;

import java.util.Optional;

import org.springframework.stereotype.Service;

import dev.feira.pricing.Assortment;

import dev.feira.search.CatalogSearch;
import dev.feira.shared.TenantContext;

@Service
class ElasticsearchCatalogSearch implements CatalogSearch {

    private final ProductIndex index;

    ElasticsearchCatalogSearch(ProductIndex index) {
        this.index = index;
    }

    @Override
    public SearchPage search(String query, int page, int size) {
        return search(query, Optional.empty(), page, size);
    }

    @Override
    public long count(String query) {
        return count(query, Optional.empty());
    }

    @Override
    public SearchPage search(String query, Optional<Assortment> assortment, int page, int size) {
        var result = index.search(TenantContext.require(), assortment, query, page * size, size);
        return new SearchPage(result.hits(), result.total());
    }

    @Override
    public long count(String query, Optional<Assortment> assortment) {
        return index.count(TenantContext.require(), assortment, query);
    }
}
