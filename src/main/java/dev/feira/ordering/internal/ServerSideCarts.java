package dev.feira.ordering.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Currency;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.feira.catalog.Catalog;
import dev.feira.catalog.ProductSnapshot;
import dev.feira.identity.BuyerAccountProfile;
import dev.feira.ordering.CartActivity;
import dev.feira.ordering.CartActivity.Kind;
import dev.feira.ordering.Carts;
import dev.feira.ordering.OrderedQuantity;
import dev.feira.ordering.PricedCart;
import dev.feira.ordering.PricedCart.Line;
import dev.feira.ordering.PricedCart.Offer;
import dev.feira.ordering.PricedCart.Problem;
import dev.feira.pricing.Pricing;
import dev.feira.shared.Money;
import dev.feira.shared.TenantContext;
import dev.feira.taxation.Taxes;
import dev.feira.tenancy.TenantDirectory;

/**
 * Carts kept in the database. Lines are stored as SKU and quantity only: every view re-checks them
 * against today's catalog, assortment, lots, stock and prices, so the buyer never orders from a
 * stale picture — and sees what changed.
 */
@Service
@Transactional
class ServerSideCarts implements Carts {

    private final CartStore carts;
    private final Catalog catalog;
    private final Pricing pricing;
    private final TenantDirectory tenants;
    private final ApplicationEventPublisher events;
    private final CartOfferStore offers;
    private final Clock clock;
    private final Taxes taxes;

    ServerSideCarts(CartStore carts, Catalog catalog, Pricing pricing, TenantDirectory tenants, ApplicationEventPublisher events,
                    CartOfferStore offers, Clock clock, Taxes taxes) {
        this.taxes = taxes;
        this.carts = carts;
        this.offers = offers;
        this.clock = clock;
        this.catalog = catalog;
        this.pricing = pricing;
        this.tenants = tenants;
        this.events = events;
    }

    @Override
    public PricedCart view(BuyerAccountProfile buyer) {
        var cart = carts.findByBuyerAccountId(buyer.id());
        if (cart.isEmpty()) {
            return priced(null, buyer);
        }
        var priced = priced(cart.get(), buyer);
        announce(cart.get(), Kind.VIEWED, null, priced);
        return priced;
    }

    @Override
    public PricedCart inspect(BuyerAccountProfile buyer) {
        return priced(carts.findByBuyerAccountId(buyer.id()).orElse(null), buyer);
    }

    @Override
    public PricedCart add(BuyerAccountProfile buyer, String sku, int quantity, String unit) {
        return add(buyer, sku, quantity, unit, Instant.now());
    }

    /** Adds as of {@code at}: a demo supplier's carts left days ago (the events say when). */
    PricedCart add(BuyerAccountProfile buyer, String sku, int quantity, String unit, Instant at) {
        String wanted = sku == null ? "" : sku.strip().toUpperCase(Locale.ROOT);
        ProductSnapshot product = visible(wanted, buyer)
                .orElseThrow(() -> new CartRefusal("unknown-sku", "No product '" + wanted + "' in your catalog", wanted));
        if (quantity < 1) {
            throw new CartRefusal("quantity-below-one", "The quantity must be 1 or more");
        }
        int units;
        try {
            units = product.inBaseUnits(quantity, unit)
                    .orElseThrow(() -> new CartRefusal("unknown-unit", wanted + " is not sold by " + unit + "; it is sold by "
                            + String.join(", ", unitsOf(product)), wanted, unit, String.join(", ", unitsOf(product))));
        } catch (ArithmeticException e) {
            units = Integer.MAX_VALUE;
        }
        var cart = carts.findByBuyerAccountId(buyer.id());
        cart.ifPresent(ServerSideCarts::refuseWhileAwaitingApproval);
        // A cart starts when its first line goes in, also after it was emptied or ordered: a new round of shopping.
        boolean created = cart.map(c -> c.lines().isEmpty()).orElse(true);
        Cart target = cart.orElseGet(() -> new Cart(buyer.id()));
        int inCart = target.lines().stream().filter(l -> l.sku().equals(wanted)).mapToInt(Cart.Line::quantity).sum();
        if ((long) units + inCart > Pricing.MAX_QUANTITY) {
            throw new CartRefusal("too-many", "At most " + Pricing.MAX_QUANTITY + " " + product.unit() + " of one product per cart",
                    Pricing.MAX_QUANTITY, product.unit());
        }
        var quote = pricing.quote(product, units + inCart, Optional.of(buyer));
        target.add(wanted, units, saleUnit(product, unit).map(OrderedQuantity.SaleUnit::code).orElse(null), quote.unitPrice().amount());
        target = carts.save(target);
        var priced = priced(target, buyer);
        if (created) {
            announce(target, Kind.CREATED, null, priced, at);
        }
        announce(target, Kind.LINE_ADDED, wanted, priced, at);
        return priced;
    }

    @Override
    public PricedCart change(BuyerAccountProfile buyer, String sku, int quantity) {
        if (quantity < 0 || quantity > Pricing.MAX_QUANTITY) {
            throw new CartRefusal("quantity-out-of-range", "The quantity must be from 0 (remove) to " + Pricing.MAX_QUANTITY,
                    Pricing.MAX_QUANTITY);
        }
        Cart cart = carts.findByBuyerAccountId(buyer.id()).orElseThrow(() -> new CartRefusal("empty", "Your cart is empty"));
        refuseWhileAwaitingApproval(cart);
        if (!cart.change(sku, quantity)) {
            throw new CartRefusal("no-line", "Your cart has no line " + sku, sku);
        }
        cart = carts.save(cart);
        var priced = priced(cart, buyer);
        announce(cart, quantity == 0 ? Kind.LINE_REMOVED : Kind.LINE_CHANGED, sku, priced);
        return priced;
    }

    @Override
    public PricedCart empty(BuyerAccountProfile buyer) {
        var cart = carts.findByBuyerAccountId(buyer.id());
        if (cart.isEmpty() || cart.get().lines().isEmpty()) {
            return priced(cart.orElse(null), buyer);
        }
        refuseWhileAwaitingApproval(cart.get());
        cart.get().empty();
        Cart saved = carts.save(cart.get());
        offers.withdraw(saved.getId());
        var priced = priced(saved, buyer);
        announce(saved, Kind.EMPTIED, null, priced);
        return priced;
    }

    @Override
    @Transactional(readOnly = true)
    public Taxes.TaxedSale taxes(PricedCart cart, Optional<String> destinationState) {
        var origin = tenants.legalEntity(TenantContext.require()).map(dev.feira.tenancy.LegalEntity::state);
        var lines = cart.lines().stream().filter(l -> l.problem().isEmpty() && l.price().isPresent() && l.product().isPresent())
                .map(l -> {
                    var unit = l.price().get().unitPrice();
                    var paid = cart.offer().map(o -> o.discounted(unit)).orElse(unit);
                    var product = l.product().get();
                    return new Taxes.TaxableLine(l.sku(), product.ncm(), product.ipiRate(),
                            new Money(paid.amount().multiply(BigDecimal.valueOf(l.quantity())), paid.currency()));
                }).toList();
        return taxes.compute(origin, destinationState, lines);
    }

    @Override
    @Transactional(readOnly = true)
    public int lineCount(BuyerAccountProfile buyer) {
        return carts.findByBuyerAccountId(buyer.id()).map(c -> c.lines().size()).orElse(0);
    }

    @Override
    public AddedLines addAll(BuyerAccountProfile buyer, List<NewLine> lines) {
        var leftOut = new ArrayList<LeftOut>();
        PricedCart cart = null;
        for (NewLine line : lines) {
            try {
                cart = add(buyer, line.sku(), line.quantity(), line.unit());
            } catch (CartRefusal refused) {
                leftOut.add(new LeftOut(line, refused));
            }
        }
        return new AddedLines(cart == null ? inspect(buyer) : cart, lines.size() - leftOut.size(), List.copyOf(leftOut));
    }

    private static void refuseWhileAwaitingApproval(Cart cart) {
        if (cart.awaitingOrder().isPresent()) {
            throw new CartRefusal("awaiting-approval", "This cart waits for approval and cannot change until it is approved or rejected");
        }
    }

    private Optional<ProductSnapshot> visible(String sku, BuyerAccountProfile buyer) {
        var assortment = pricing.assortment(Optional.of(buyer));
        return catalog.bySku(sku).filter(p -> assortment.map(a -> a.includes(p.sku(), p.category())).orElse(true));
    }

    /** The unit of sale named, when it is one of the product's bigger units (not its base unit). */
    static Optional<OrderedQuantity.SaleUnit> saleUnit(ProductSnapshot product, String unit) {
        if (unit == null) {
            return Optional.empty();
        }
        String code = unit.strip().toUpperCase(Locale.ROOT);
        Integer size = product.units().get(code);
        return code.equalsIgnoreCase(product.unit()) || size == null || size < 2 ? Optional.empty()
                : Optional.of(new OrderedQuantity.SaleUnit(code, size));
    }

    private static List<String> unitsOf(ProductSnapshot product) {
        var units = new ArrayList<>(List.of(product.unit()));
        units.addAll(product.units().keySet());
        return units;
    }

    /** The cart checked and priced now; for the checkout, which must see exactly what the buyer sees. */
    PricedCart priced(Cart cart, BuyerAccountProfile buyer) {
        var currency = tenants.byId(TenantContext.require()).orElseThrow().currency();
        var terms = pricing.terms(Optional.of(buyer));
        List<Line> lines = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (Cart.Line stored : cart == null ? List.<Cart.Line>of() : cart.lines()) {
            var product = visible(stored.sku(), buyer);
            var whenAdded = stored.priceWhenAdded().map(p -> new Money(p, currency));
            if (product.isEmpty()) {
                lines.add(new Line(stored.sku(), stored.quantity(), Optional.empty(), Optional.empty(), Optional.empty(),
                        whenAdded, Optional.of(Problem.UNAVAILABLE), Optional.empty()));
                continue;
            }
            var lot = pricing.orderLot(product.get(), Optional.of(buyer));
            var quote = pricing.quote(product.get(), stored.quantity(), Optional.of(buyer));
            Problem problem = stored.quantity() < lot.minimum() ? Problem.BELOW_MINIMUM_LOT
                    : stored.quantity() % lot.multiple() != 0 ? Problem.NOT_A_MULTIPLE
                    : stored.quantity() > product.get().stock() ? Problem.NOT_ENOUGH_STOCK
                    : null;
            if (problem == null) { // what cannot be ordered counts toward no total, free freight or offer
                total = total.add(quote.total().amount());
            }
            lines.add(new Line(stored.sku(), stored.quantity(), product, Optional.of(lot), Optional.of(quote), whenAdded,
                    Optional.ofNullable(problem), stored.unit().flatMap(u -> saleUnit(product.get(), u))));
        }
        Money sum = new Money(total, currency);
        var offer = lines.isEmpty() ? Optional.<Offer>empty() : offerOn(cart, lines, currency);
        BigDecimal payable = offer.map(o -> sum.amount().subtract(o.discount().amount())).orElse(sum.amount());
        boolean freeFreight = terms.freeFreightFrom() != null && payable.compareTo(terms.freeFreightFrom().amount()) >= 0;
        return new PricedCart(cart == null ? null : cart.getId(), List.copyOf(lines), sum, terms, freeFreight,
                cart == null ? Optional.empty() : cart.awaitingOrder(), offer);
    }

    /** The cart's offer today, if it has one that has not expired; its discount as the order will take it, line by line. */
    private Optional<Offer> offerOn(Cart cart, List<Line> lines, Currency currency) {
        var now = clock.instant();
        return offers.findById(cart.getId()).map(CartOffer::terms).filter(t -> now.isBefore(t.expiresAt())).map(terms -> {
            BigDecimal percent = terms.percentOn(now);
            BigDecimal discount = BigDecimal.ZERO;
            for (Line line : lines) {
                if (line.price().isPresent() && line.problem().isEmpty()) {
                    var unit = line.price().get().unitPrice();
                    BigDecimal less = unit.amount().subtract(Offer.discounted(unit, percent).amount());
                    discount = discount.add(less.multiply(BigDecimal.valueOf(line.quantity())));
                }
            }
            return new Offer(percent, new Money(discount, currency), terms.percentPerDay(), terms.capPercent(), terms.expiresAt());
        });
    }

    private void announce(Cart cart, Kind kind, String sku, PricedCart priced) {
        announce(cart, kind, sku, priced, Instant.now());
    }

    private void announce(Cart cart, Kind kind, String sku, PricedCart priced, Instant at) {
        events.publishEvent(new CartActivity(TenantContext.require(), cart.getId(), cart.buyerAccountId(), kind, sku,
                priced.total(), priced.lines().size(), at));
    }
}
