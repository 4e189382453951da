package dev.feira.search.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.feira.catalog.ProductSnapshot;
import dev.feira.identity.BuyerAccountDirectory;
import dev.feira.identity.CatalogAccess;
import dev.feira.pricing.PriceQuote;
import dev.feira.pricing.Pricing;
import dev.feira.pricing.TradeTerms;
import dev.feira.search.CatalogSearch;
import dev.feira.search.MarketplaceSearch;
import dev.feira.shared.web.ApiProblem;
import dev.feira.tenancy.TenantDirectory;
import dev.feira.tenancy.TenantProfile;

/** Catalog search for buyers' and suppliers' systems: one supplier on its own host, the marketplace on the bare host. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Search")
class SearchApi {

    static final int MAX_PAGE_SIZE = 100;

    private final CatalogSearch search;
    private final TenantDirectory tenants;
    private final CatalogAccess access;
    private final Pricing pricing;
    private final BuyerAccountDirectory accounts;
    private final MarketplaceSearch marketplace;

    SearchApi(CatalogSearch search, TenantDirectory tenants, CatalogAccess access, Pricing pricing,
              BuyerAccountDirectory accounts, MarketplaceSearch marketplace) {
        this.marketplace = marketplace;
        this.search = search;
        this.tenants = tenants;
        this.access = access;
        this.pricing = pricing;
        this.accounts = accounts;
    }

    /**
     * One page of search results; {@code buyerAccount} is the account whose prices the hits carry; {@code facets} only
     * when asked for.
     */
    record SearchResult(String supplier, String buyerAccount, String currency, int page, int size, long total, List<Hit> hits,
                        CatalogSearch.Facets facets) {
    }

    /**
     * A product as a buyer's system needs it, with the caller's own minimum lot and multiple.
     * {@code netPrice} is the caller's own unit price at that minimum lot (see /api/v1/products/{sku}/price for other quantities and the trace);
     * prices are null when the caller may not see them.
     */
    record Hit(String sku, String gtin, String mpn, String name, String brand, String category, String unit,
               int packSize, int minOrderQuantity, int orderMultiple, int stock, BigDecimal listPrice, BigDecimal netPrice,
               java.util.Map<String, Integer> units, java.util.Map<String, String> attributes) {
    }

    /** Marketplace results on the bare host: items with every visible supplier's offer, cheapest first. */
    record MarketplaceResult(int page, int size, long total, List<ComparedItem> items) {
    }

    record ComparedItem(String gtin, String mpn, String name, String brand, List<Offer> offers) {
    }

    /** One supplier's offer; prices and terms are null when the caller may not see them there. */
    record Offer(String supplier, String supplierName, String host, String sku, String currency, int minOrderQuantity,
                 int orderMultiple, int stock, BigDecimal listPrice, BigDecimal netPrice, Integer leadTimeDays,
                 String freight) {
    }

    @GetMapping("/search")
    @Operation(summary = "Search a supplier's catalog, or the whole marketplace",
            description = "On a supplier's host: that catalog, each hit with the caller's net price. On the bare host: "
                    + "every supplier the caller may see, offers of one item (same GTIN, or brand and part number) grouped "
                    + "for comparison, each at the caller's own price there. Exact SKU, GTIN and MPN hits rank first; "
                    + "accents and small typos are tolerated.")
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", content = @io.swagger.v3.oas.annotations.media.Content(
            schema = @io.swagger.v3.oas.annotations.media.Schema(oneOf = {SearchResult.class, MarketplaceResult.class})))
    Object search(@Parameter(description = "Words, SKU, GTIN or MPN; empty lists everything") @RequestParam(defaultValue = "") String q,
                        @Parameter(description = "Zero-based page") @RequestParam(defaultValue = "0") int page,
                        @Parameter(description = "Hits per page, 1 to 100") @RequestParam(defaultValue = "20") int size,
                        @Parameter(description = "Supplier host only: a node of the category tree, e.g. 'Fixadores > Porcas'")
                        @RequestParam(required = false) String category,
                        @Parameter(description = "Supplier host only: one brand") @RequestParam(required = false) String brand,
                        @Parameter(description = "Supplier host only: an attribute value as name=value, e.g. 'Material=Aço Inox A2'; repeat for more")
                        @RequestParam(name = "attribute", required = false) List<String> attributes,
                        @Parameter(description = "Supplier host only: only products in stock") @RequestParam(defaultValue = "false") boolean inStock,
                        @Parameter(description = "Supplier host only: RELEVANCE, NAME, LIST_PRICE_ASCENDING, LIST_PRICE_DESCENDING, or NET_PRICE_ASCENDING "
                                + "and NET_PRICE_DESCENDING by the caller's own net price at the minimum lot (exact over the first 1,000 hits by list price)")
                        @RequestParam(defaultValue = "RELEVANCE") CatalogSearch.Sort sort,
                        @Parameter(description = "Supplier host only: also count the hits by category, brand, attribute value and stock "
                                + "(a second query: ask only when showing filters)")
                        @RequestParam(defaultValue = "false") boolean facets) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw ApiProblem.of(HttpStatus.BAD_REQUEST, "page must be 0 or more and size between 1 and " + MAX_PAGE_SIZE);
        }
        if ((long) (page + 1) * size > CatalogSearch.MAX_RESULTS) {
            throw ApiProblem.of(HttpStatus.BAD_REQUEST, "Only the first " + CatalogSearch.MAX_RESULTS
                    + " results can be paged through: narrow the search (q, category, brand, attributes)");
        }
        var current = tenants.current();
        if (current.isEmpty()) {
            return marketplace(q, page, size);
        }
        TenantProfile supplier = current.get();
        if (!access.mayBrowse(supplier)) {
            throw ApiProblem.of(HttpStatus.FORBIDDEN, "This organisation has no account at " + supplier.name() + ".");
        }
        var buyer = accounts.ofCaller();
        var query = CatalogSearch.CatalogQuery.of(q).within(pricing.assortment(buyer))
                .inCategory(Optional.ofNullable(category).filter(c -> !c.isBlank()))
                .ofBrand(Optional.ofNullable(brand).filter(b -> !b.isBlank())).withAttributes(attributeFilter(attributes))
                .inStockOnly(inStock).sortedBy(sort).pricedFor(buyer);
        var result = search.search(query, page, size);
        var counted = facets ? search.facets(query) : null;
        List<PriceQuote> quotes = access.maySeePrices(supplier) ? pricing.quoteAtMinimumLot(result.hits(), buyer) : null;
        var hits = new java.util.ArrayList<Hit>(result.hits().size());
        for (int i = 0; i < result.hits().size(); i++) {
            var product = result.hits().get(i);
            hits.add(hit(product, pricing.orderLot(product, buyer), quotes == null ? null : quotes.get(i)));
        }
        return new SearchResult(supplier.slug(), buyer.map(b -> b.accountNumber()).orElse(null),
                supplier.currency().getCurrencyCode(), page, size, result.total(), hits, counted);
    }

    private static java.util.Map<String, String> attributeFilter(List<String> attributes) {
        var wanted = new java.util.HashMap<String, String>();
        for (String attribute : attributes == null ? List.<String>of() : attributes) {
            int at = attribute.indexOf('=');
            if (at < 1 || at == attribute.length() - 1) {
                throw ApiProblem.of(HttpStatus.BAD_REQUEST, "attribute must be name=value, e.g. Material=Aço Inox A2; got '" + attribute + "'");
            }
            wanted.put(attribute.substring(0, at).strip(), attribute.substring(at + 1).strip());
        }
        return wanted;
    }

    private MarketplaceResult marketplace(String q, int page, int size) {
        var result = marketplace.search(q, page, size);
        return new MarketplaceResult(page, size, result.total(), result.items().stream().map(item -> new ComparedItem(
                item.gtin(), item.mpn(), item.name(), item.brand(), item.offers().stream().map(o -> new Offer(
                        o.supplier().slug(), o.supplier().name(), o.supplier().hosts().getFirst(), o.product().sku(),
                        o.supplier().currency().getCurrencyCode(), o.lot().minimum(), o.lot().multiple(),
                        o.product().stock(), o.price().map(p -> p.listPrice().amount()).orElse(null),
                        o.price().map(p -> p.unitPrice().amount()).orElse(null),
                        o.terms().map(TradeTerms::leadTimeDays).orElse(null),
                        o.terms().map(t -> t.freight().name()).orElse(null))).toList())).toList());
    }

    private static Hit hit(ProductSnapshot p, dev.feira.pricing.OrderLot lot, PriceQuote quote) {
        return new Hit(p.sku(), p.gtin(), p.mpn(), p.name(), p.brand(), p.category(), p.unit(), p.packSize(),
                lot.minimum(), lot.multiple(), p.stock(), quote == null ? null : quote.listPrice().amount(),
                quote == null ? null : quote.unitPrice().amount(), p.units(), p.attributes());
    }

    /** The search server is down or restarting: 503 with a hint when to try again, not a 500. */
    @org.springframework.web.bind.annotation.ExceptionHandler(dev.feira.search.SearchUnavailable.class)
    org.springframework.http.ResponseEntity<org.springframework.http.ProblemDetail> unavailable(dev.feira.search.SearchUnavailable outage) {
        var problem = org.springframework.http.ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "Search is unavailable right now; try again shortly");
        return org.springframework.http.ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "30")
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
