package dev.feira.search.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

import org.springframework.stereotype.Service;

import dev.feira.catalog.ProductSnapshot;
import dev.feira.identity.CatalogAccess;
import dev.feira.pricing.Pricing;
import dev.feira.search.CatalogSearch;
import dev.feira.shared.TenantContext;
import dev.feira.tenancy.TenantDirectory;

@Service
class ElasticsearchCatalogSearch implements CatalogSearch {

    private final ProductIndex index;
    private final SearchMissLog misses;
    private final TenantDirectory tenants;
    private final CatalogAccess access;
    private final Pricing pricing;

    ElasticsearchCatalogSearch(ProductIndex index, SearchMissLog misses, TenantDirectory tenants, CatalogAccess access,
                               Pricing pricing) {
        this.index = index;
        this.pricing = pricing;
        this.misses = misses;
        this.tenants = tenants;
        this.access = access;
    }

    @Override
    public SearchPage search(CatalogQuery query, int page, int size) {
        var tenant = TenantContext.require();
        var result = query.sort().byNetPrice() ? byNetPrice(tenant, query, page * size, size) : index.search(tenant, query, page * size, size);
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

    /**
     * The first {@link #NET_PRICE_WINDOW} hits by list price, priced for the buyer and ordered by what they pay (list
     * price, then name, among equals); further pages in list price order.
     */
    private ProductIndex.CatalogPage byNetPrice(dev.feira.shared.TenantId tenant, CatalogQuery query, int from, int size) {
        var window = index.search(tenant, query, 0, NET_PRICE_WINDOW);
        if (from >= window.hits().size()) {
            return index.search(tenant, query, from, size);
        }
        var quotes = pricing.quoteAtMinimumLot(window.hits(), query.pricedFor());
        Comparator<Integer> cheapestFirst = Comparator.comparing(i -> quotes.get(i).unitPrice().amount());
        var order = IntStream.range(0, window.hits().size()).boxed()
                .sorted(query.sort() == Sort.NET_PRICE_DESCENDING ? cheapestFirst.reversed() : cheapestFirst).toList();
        var hits = new ArrayList<ProductSnapshot>(size);
        order.subList(from, Math.min(from + size, order.size())).forEach(i -> hits.add(window.hits().get(i)));
        if (hits.size() < size && window.total() > window.hits().size()) {
            hits.addAll(index.search(tenant, query, window.hits().size(), size - hits.size()).hits());
        }
        return new ProductIndex.CatalogPage(hits, window.total());
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
    public Glance glance(CatalogQuery query, int size) {
        var tenant = TenantContext.require();
        var glance = index.glance(tenant, query, size);
        noteIfNothingFound(tenant, query, glance.page().total());
        List<ProductSnapshot> hits = query.sort().byNetPrice() && glance.page().total() > 0
                ? byNetPrice(tenant, query, 0, size).hits()
                : glance.page().hits();
        return new Glance(new SearchPage(hits, glance.page().total()), glance.facets());
    }

    @Override
    public Facets facets(CatalogQuery query) {
        return index.facets(TenantContext.require(), query);
    }
}
