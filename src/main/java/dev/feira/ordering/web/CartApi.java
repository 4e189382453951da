package dev.feira.ordering.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.feira.identity.BuyerAccountDirectory;
import dev.feira.identity.ForBuyerAccounts;
import dev.feira.identity.BuyerAccountProfile;
import dev.feira.ordering.Carts;
import dev.feira.ordering.OrderedQuantity;
import dev.feira.ordering.PricedCart;
import dev.feira.shared.web.ApiProblem;
import dev.feira.tenancy.TenantDirectory;

/** The calling buyer company's cart at the supplier whose host is called: read it, add by SKU, change, empty. */
@RestController
@ForBuyerAccounts
@RequestMapping("/api/v1/carts/current")
@Tag(name = "Carts")
class CartApi {

    private final Carts carts;
    private final BuyerAccountDirectory accounts;
    private final TenantDirectory tenants;

    private final dev.feira.identity.CompanyAddresses addresses;

    CartApi(Carts carts, BuyerAccountDirectory accounts, TenantDirectory tenants, dev.feira.identity.CompanyAddresses addresses) {
        this.addresses = addresses;
        this.carts = carts;
        this.accounts = accounts;
        this.tenants = tenants;
    }

    /** A line to add: a quantity in {@code unit} (absent: the product's base unit). */
    record NewLine(String sku, Integer quantity, String unit) {
    }

    record Quantity(Integer quantity) {
    }

    /** {@code id}: the cart's, as recovery alerts name it (absent before the first line). */
    /**
     * {@code total} is the lines' value; {@code payable} what an order placed now costs, less the
     * supplier's {@code offer} when there is one.
     */
    record CartResult(UUID id, String currency, BigDecimal total, BigDecimal payable, Offer offer, boolean freeFreight,
                      String paymentTerms, String freight, int leadTimeDays, List<Line> lines, CartTaxes taxes) {
    }

    /**
     * The taxes of the orderable lines, delivered to the company's default address ({@code destinationState}):
     * IPI and ICMS-ST are added to {@code goods} in {@code totalWithTaxes}; ICMS is in the prices.
     */
    record CartTaxes(String originState, String destinationState, BigDecimal goods, BigDecimal ipi, BigDecimal icms,
                     BigDecimal icmsSt, BigDecimal totalWithTaxes) {
    }

    /** A discount the supplier offers on this cart: {@code percent} off every line today, until {@code expiresAt}. */
    record Offer(BigDecimal percent, BigDecimal discount, java.time.Instant expiresAt) {
    }

    /**
     * {@code quantity} and {@code unitPrice} count in the product's base {@code unit}; {@code saleQuantity} of
     * {@code saleUnit} is what the buyer chose when it chose a bigger unit ("1 FD" of ten boxes). {@code priceWhenAdded}
     * differs from {@code unitPrice} when conditions changed since the line was added.
     */
    record Line(String sku, String name, int quantity, String unit, Integer saleQuantity, String saleUnit, BigDecimal unitPrice,
                BigDecimal total, BigDecimal priceWhenAdded, String problem) {
    }

    @GetMapping
    @Operation(summary = "The caller's cart here, checked and priced now")
    CartResult cart() {
        return result(carts.view(buyer()));
    }

    @PostMapping("/lines")
    @Operation(summary = "Add a product by SKU", description = "Adds to the SKU's line if there is one. Refused (422) for an unknown or hidden SKU, an unknown unit or an absurd quantity.")
    CartResult add(@RequestBody NewLine line) {
        if (line == null || line.quantity() == null) {
            throw ApiProblem.of(HttpStatus.BAD_REQUEST, "sku and quantity are required");
        }
        return result(carts.add(buyer(), line.sku(), line.quantity(), line.unit()));
    }

    @PutMapping("/lines/{sku}")
    @Operation(summary = "Set a line's quantity in the base unit (0 removes it)")
    CartResult change(@PathVariable String sku, @RequestBody Quantity quantity) {
        if (quantity == null || quantity.quantity() == null) {
            throw ApiProblem.of(HttpStatus.BAD_REQUEST, "quantity is required");
        }
        return result(carts.change(buyer(), sku, quantity.quantity()));
    }

    @DeleteMapping
    @Operation(summary = "Empty the cart")
    CartResult empty() {
        return result(carts.empty(buyer()));
    }

    /** A refusal reads in the caller's language (Accept-Language), its key as {@code code}. */
    @org.springframework.web.bind.annotation.ExceptionHandler(Carts.CartRefusal.class)
    org.springframework.web.ErrorResponseException refused(Carts.CartRefusal refused, java.util.Locale locale) {
        return ApiProblem.translated(HttpStatus.UNPROCESSABLE_CONTENT, refused, locale);
    }

    private BuyerAccountProfile buyer() {
        var supplier = tenants.current().orElseThrow(() -> ApiProblem.of(HttpStatus.NOT_FOUND,
                "Carts are kept per supplier: call the supplier's host, e.g. http://ferragens.localhost:8080/api/v1/carts/current"));
        return accounts.ofCaller().orElseThrow(() -> ApiProblem.of(HttpStatus.FORBIDDEN,
                "Only a buyer company with an account at " + supplier.name() + " has a cart here."));
    }

    private CartResult result(PricedCart cart) {
        var terms = cart.terms();
        return new CartResult(cart.id(), cart.total().currency().getCurrencyCode(), cart.total().amount(), cart.payable().amount(),
                cart.offer().map(o -> new Offer(o.percent(), o.discount().amount(), o.expiresAt())).orElse(null), cart.freeFreight(),
                terms.paymentTerms(), terms.freight().name(), terms.leadTimeDays(), cart.lines().stream().map(l -> new Line(l.sku(),
                        l.product().map(p -> p.name()).orElse(null), l.quantity(), l.product().map(p -> p.unit()).orElse(null),
                        l.ordered().saleUnit().map(u -> l.ordered().inChosenUnit()).orElse(null),
                        l.ordered().saleUnit().map(OrderedQuantity.SaleUnit::code).orElse(null),
                        l.price().map(q -> q.unitPrice().amount()).orElse(null), l.price().map(q -> q.total().amount()).orElse(null),
                        l.priceWhenAdded().map(m -> m.amount()).orElse(null), l.problem().map(Enum::name).orElse(null))).toList(), taxes(cart));
    }

    private CartTaxes taxes(PricedCart cart) {
        var destination = addresses.ofCaller().stream().filter(dev.feira.identity.CompanyAddresses.CompanyAddress::defaultDelivery)
                .findFirst().map(dev.feira.identity.CompanyAddresses.CompanyAddress::state);
        var sale = carts.taxes(cart, destination);
        return new CartTaxes(sale.originState().orElse(null), sale.destinationState().orElse(null), sale.goods().amount(),
                sale.ipi().amount(), sale.icms().amount(), sale.icmsSt().amount(), sale.total().amount());
    }
}
