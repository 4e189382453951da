package dev.feira.search.internal;

import org.springframework.stereotype.Service;

import dev.feira.identity.CatalogAccess;
import dev.feira.search.CatalogSearch;
import dev.feira.shared.TenantContext;
import dev.feira.tenancy.TenantDirectory;

@Service
class ElasticsearchCatalogSearch implements CatalogSearch {

    private final ProductIndex index;
    private final SearchMissLog misses;
    private final TenantDirectory tenants;
    private final CatalogAccess access;

    ElasticsearchCatalogSearch(ProductIndex index, SearchMissLog misses, TenantDirectory tenants, CatalogAccess access) {
        this.index = index;
        this.misses = misses;
        this.tenants = tenants;
        this.access = access;
    }

    @Override
    public SearchPage search(CatalogQuery query, int page, int size) {
        var tenant = TenantContext.require();
        var result = index.search(tenant, query, page * size, size);
        if (page == 0) {
            noteIfNothingFound(tenant, query, result.total());
        }
        return new SearchPage(result.hits(), result.total());
    }

    /**
     * Pages count before they fetch (and fetch nothing when the count is 0), so either may be the search that missed.
     * Only words alone: words that find nothing within a brand or a filter tell of the filter, not of the buyer's words.
     */
    private void noteIfNothingFound(dev.feira.shared.TenantId tenant, CatalogQuery query, long total) {
        boolean wordsAlone = query.categoryGroup().isEmpty() && query.brand().isEmpty() && query.attributes().isEmpty() && !query.inStockOnly();
        if (total == 0 && wordsAlone && query.text() != null && !query.text().isBlank() && byBuyer(tenant)) {
            misses.nothingFound(query.text());
        }
    }

    /** The supplier's own staff trying its search are not its buyers. */
    private boolean byBuyer(dev.feira.shared.TenantId tenant) {
        return tenants.byId(tenant).map(profile -> !access.mayManage(profile)).orElse(false);
    }

    @Override
    public long count(CatalogQuery query) {
        var tenant = TenantContext.require();
        long total = index.count(tenant, query);
        noteIfNothingFound(tenant, query, total);
        return total;
    }

    @Override
    public Facets facets(CatalogQuery query) {
        return index.facets(TenantContext.require(), query);
    }
}
