package dev.feira.rfq.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import dev.feira.rfq.RfqDraft;
import dev.feira.rfq.Rfqs.SupplierSuggestion;
import dev.feira.search.MarketplaceSearch;
import dev.feira.search.SearchUnavailable;
import dev.feira.shared.TenantId;
import dev.feira.tenancy.TenantProfile;

/**
 * Who could quote an RFQ: the marketplace search (which shows a caller only the suppliers it may browse) looks up each
 * line by its strongest key — GTIN, part number, else the description — and every supplier offering one of the first
 * few items found counts that line.
 */
@Component
class SupplierSuggestions {

    private static final Logger log = LoggerFactory.getLogger(SupplierSuggestions.class);
    /** Items per line whose suppliers count: the best matches, not everything that shares a word. */
    private static final int ITEMS_PER_LINE = 3;
    private static final int MAX_LINES = 50;

    private final MarketplaceSearch marketplace;

    SupplierSuggestions(MarketplaceSearch marketplace) {
        this.marketplace = marketplace;
    }

    List<SupplierSuggestion> suggest(List<RfqDraft.Line> lines) {
        Map<TenantId, TenantProfile> suppliers = new LinkedHashMap<>();
        Map<TenantId, Integer> counts = new LinkedHashMap<>();
        try {
            for (RfqDraft.Line line : lines.stream().limit(MAX_LINES).toList()) {
                String query = firstOf(line.gtin(), line.mpn(), line.description());
                if (query == null) {
                    continue;
                }
                Set<TenantId> holding = new LinkedHashSet<>();
                for (var item : marketplace.search(query, 0, ITEMS_PER_LINE).items()) {
                    for (var offer : item.offers()) {
                        suppliers.putIfAbsent(offer.supplier().id(), offer.supplier());
                        holding.add(offer.supplier().id());
                    }
                }
                holding.forEach(supplier -> counts.merge(supplier, 1, Integer::sum));
            }
        } catch (SearchUnavailable down) {
            log.warn("No supplier suggestions while search is unavailable: {}", down.getMessage());
            return List.of();
        }
        List<SupplierSuggestion> suggestions = new ArrayList<>();
        counts.forEach((id, count) -> {
            var supplier = suppliers.get(id);
            suggestions.add(new SupplierSuggestion(id, supplier.slug(), supplier.name(), count));
        });
        suggestions.sort(Comparator.comparingInt(SupplierSuggestion::lines).reversed().thenComparing(SupplierSuggestion::name));
        return suggestions;
    }

    private static String firstOf(String... keys) {
        for (String key : keys) {
            if (key != null && !key.isBlank()) {
                return key.strip();
            }
        }
        return null;
    }
}
