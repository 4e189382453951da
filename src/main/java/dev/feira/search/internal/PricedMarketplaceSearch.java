package dev.feira.search.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import dev.feira.identity.BuyerAccountDirectory;
import dev.feira.identity.CatalogAccess;
import dev.feira.pricing.Pricing;
import dev.feira.search.MarketplaceSearch;
import dev.feira.shared.TenantContext;
import dev.feira.shared.TenantId;
import dev.feira.tenancy.TenantDirectory;
import dev.feira.tenancy.TenantProfile;

/**
 * Marketplace search: the index is asked only for suppliers the caller may browse (so a private
 * supplier's products never appear, not even as a count), then every offer is priced within its
 * supplier's tenant for the caller's account there.
 */
@Service
class PricedMarketplaceSearch implements MarketplaceSearch {

    private static final Comparator<SupplierOffer> CHEAPEST_FIRST = Comparator.comparing(
            (SupplierOffer o) -> o.price().map(p -> p.unitPrice().amount()).orElse(null),
            Comparator.nullsLast(Comparator.naturalOrder()));

    private final ProductIndex index;
    private final TenantDirectory tenants;
    private final CatalogAccess access;
    private final BuyerAccountDirectory accounts;
    private final Pricing pricing;

    PricedMarketplaceSearch(ProductIndex index, TenantDirectory tenants, CatalogAccess access,
                            BuyerAccountDirectory accounts, Pricing pricing) {
        this.index = index;
        this.tenants = tenants;
        this.access = access;
        this.accounts = accounts;
        this.pricing = pricing;
    }

    @Override
    public MarketplaceResult search(String query, int page, int size) {
        Map<TenantId, TenantProfile> visible = tenants.all().stream().filter(access::mayBrowse)
                .collect(Collectors.toMap(TenantProfile::id, Function.identity()));
        Map<TenantId, Optional<dev.feira.pricing.Assortment>> assortments = new java.util.HashMap<>();
        visible.keySet().forEach(tenant -> assortments.put(tenant,
                TenantContext.callAs(tenant, () -> pricing.assortment(accounts.ofCaller()))));
        var result = index.searchMarketplace(assortments, query, page * size, size);
        var items = new ArrayList<ComparedItem>(result.groups().size());
        for (var group : result.groups()) {
            var offers = group.offers().stream()
                    .map(offer -> price(visible.get(offer.tenant()), offer.product()))
                    .sorted(CHEAPEST_FIRST)
                    .toList();
            var first = group.offers().getFirst().product();
            items.add(new ComparedItem(first.gtin(), first.mpn(), first.name(), first.brand(), offers));
        }
        return new MarketplaceResult(items, result.total());
    }

    private SupplierOffer price(TenantProfile supplier, dev.feira.catalog.ProductSnapshot product) {
        return TenantContext.callAs(supplier.id(), () -> {
            if (!access.maySeePrices(supplier)) {
                return new SupplierOffer(supplier, product, pricing.orderLot(product, Optional.empty()), Optional.empty(),
                        Optional.empty());
            }
            var buyer = accounts.ofCaller();
            var lot = pricing.orderLot(product, buyer);
            return new SupplierOffer(supplier, product, lot, Optional.of(pricing.quote(product, lot.minimum(), buyer)),
                    Optional.of(pricing.terms(buyer)));
        });
    }
}
