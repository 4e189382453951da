package dev.feira.pricing.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.feira.catalog.Catalog;
import dev.feira.identity.BuyerAccountDirectory;
import dev.feira.identity.BuyerAccountProfile;
import dev.feira.identity.CatalogAccess;
import dev.feira.pricing.PriceQuote;
import dev.feira.pricing.PriceStep;
import dev.feira.pricing.Pricing;
import dev.feira.pricing.TradeTerms;
import dev.feira.shared.web.ApiProblem;
import dev.feira.tenancy.TenantDirectory;
import dev.feira.tenancy.TenantProfile;

/** A product's price for the calling buyer, with the trace of the rules that made it. */
@RestController
@RequestMapping("/api/v1/products")
@Tag(name = "Prices")
class PriceApi {

    private final Pricing pricing;
    private final Catalog catalog;
    private final TenantDirectory tenants;
    private final CatalogAccess access;
    private final BuyerAccountDirectory accounts;

    PriceApi(Pricing pricing, Catalog catalog, TenantDirectory tenants, CatalogAccess access, BuyerAccountDirectory accounts) {
        this.pricing = pricing;
        this.catalog = catalog;
        this.tenants = tenants;
        this.access = access;
        this.accounts = accounts;
    }

    record PriceResult(String supplier, String buyerAccount, String sku, int quantity, String currency,
                       BigDecimal listPrice, BigDecimal unitPrice, BigDecimal total, List<Step> trace, Bonus bonus,
                       Terms terms) {
    }

    record Step(PriceStep.Kind kind, String rule, String ruleName, Integer fromQuantity, BigDecimal percent,
                BigDecimal unitPrice, String explanation) {
    }

    record Bonus(String promotion, String name, int buy, int free, int freeUnits) {
    }

    record Terms(String payment, TradeTerms.Freight freight, int leadTimeDays, BigDecimal freeFreightFrom) {
    }

    @GetMapping("/{sku}/price")
    @Operation(summary = "Resolve a product's price",
            description = "Call on the supplier's host. A buyer's token gets its own account's price; a supplier's token "
                    + "may ask for any of its accounts' prices with 'account' (see as buyer), or the general price without.")
    PriceResult price(@PathVariable String sku,
                      @Parameter(description = "Units, 1 to 1,000,000") @RequestParam(defaultValue = "1") int quantity,
                      @Parameter(description = "Supplier callers only: the buyer account number to price for")
                      @RequestParam(required = false) String account) {
        TenantProfile supplier = tenants.current().orElseThrow(() -> ApiProblem.of(HttpStatus.NOT_FOUND,
                "Prices are asked on the supplier's host, e.g. http://ferragens.localhost:8080/api/v1/products/{sku}/price"));
        if (!access.maySeePrices(supplier)) {
            throw ApiProblem.of(HttpStatus.FORBIDDEN, "This organisation may not see " + supplier.name() + "'s prices.");
        }
        if (quantity < 1 || quantity > Pricing.MAX_QUANTITY) {
            throw ApiProblem.of(HttpStatus.BAD_REQUEST, "quantity must be a whole number from 1 to " + Pricing.MAX_QUANTITY);
        }
        Optional<BuyerAccountProfile> buyer = pricedFor(supplier, account);
        // A product outside the buyer's assortment does not exist for that buyer: the same answer as an unknown SKU.
        var assortment = pricing.assortment(buyer);
        var product = catalog.bySku(sku).filter(p -> assortment.map(a -> a.includes(p.sku(), p.category())).orElse(true))
                .orElseThrow(() -> ApiProblem.of(HttpStatus.NOT_FOUND, "No product with SKU '" + sku + "' at " + supplier.name() + "."));
        PriceQuote quote = pricing.quote(product, quantity, buyer);
        TradeTerms terms = pricing.terms(buyer);
        return new PriceResult(supplier.slug(), buyer.map(BuyerAccountProfile::accountNumber).orElse(null), sku, quantity,
                quote.unitPrice().currency().getCurrencyCode(), quote.listPrice().amount(), quote.unitPrice().amount(),
                quote.total().amount(),
                quote.trace().stream().map(s -> new Step(s.kind(), s.ruleCode(), s.ruleName(), s.fromQuantity(), s.percent(),
                        s.unitPrice(), s.explanation())).toList(),
                quote.bonus().map(b -> new Bonus(b.promotionCode(), b.promotionName(), b.buy(), b.free(),
                        b.freeUnitsFor(quantity))).orElse(null),
                new Terms(terms.paymentTerms(), terms.freight(), terms.leadTimeDays(),
                        terms.freeFreightFrom() == null ? null : terms.freeFreightFrom().amount()));
    }

    /** A buyer is priced as itself, whatever it asks; the supplier may look through any of its accounts. */
    private Optional<BuyerAccountProfile> pricedFor(TenantProfile supplier, String account) {
        Optional<BuyerAccountProfile> own = accounts.ofCaller();
        if (own.isPresent()) {
            if (account != null && !account.equals(own.get().accountNumber())) {
                throw ApiProblem.of(HttpStatus.FORBIDDEN, "A buyer sees its own prices only.");
            }
            return own;
        }
        if (account == null) {
            return Optional.empty();
        }
        if (!access.mayManage(supplier)) {
            throw ApiProblem.of(HttpStatus.FORBIDDEN, "Only " + supplier.name() + " may price for another account.");
        }
        return Optional.of(accounts.byAccountNumber(account).orElseThrow(() -> ApiProblem.of(HttpStatus.NOT_FOUND,
                "No buyer account '" + account + "' at " + supplier.name() + ".")));
    }
}
