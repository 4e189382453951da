package dev.feira.search;

import java.util.List;
import java.util.Optional;

import dev.feira.catalog.ProductSnapshot;
import dev.feira.pricing.OrderLot;
import dev.feira.pricing.PriceQuote;
import dev.feira.pricing.TradeTerms;
import dev.feira.tenancy.TenantProfile;

/**
 * One search across every supplier the caller may browse. Offers of the same item (same GTIN, or
 * same brand and part number) come as one {@link ComparedItem}, each offer priced for the caller's
 * own account at that supplier, so a buyer compares suppliers side by side.
 */
public interface MarketplaceSearch {

    MarketplaceResult search(String query, int page, int size);

    /** How many items (not offers) match. */
    default long count(String query) {
        return search(query, 0, 0).total();
    }

    record MarketplaceResult(List<ComparedItem> items, long total) {
    }

    /** An item and its offers, cheapest first (offers the caller may not see prices of come last). */
    record ComparedItem(String gtin, String mpn, String name, String brand, List<SupplierOffer> offers) {
    }

    /**
     * One supplier's offer: its product (stock), the caller's own lot there and, when the caller may
     * see prices, the caller's net price at that minimum lot and its terms there (lead time, freight).
     */
    record SupplierOffer(TenantProfile supplier, ProductSnapshot product, OrderLot lot, Optional<PriceQuote> price,
                         Optional<TradeTerms> terms) {
    }
}
