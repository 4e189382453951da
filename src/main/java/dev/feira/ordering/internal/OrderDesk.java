package dev.feira.ordering.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import dev.feira.identity.BuyerAccountProfile;
import dev.feira.identity.CompanyAddresses;
import dev.feira.ordering.Checkout;
import dev.feira.ordering.PurchaseDetails;
import dev.feira.identity.CurrentUser;
import dev.feira.ordering.ApprovalRequested;
import dev.feira.ordering.CardPayments;
import dev.feira.ordering.CartActivity;
import dev.feira.ordering.OrderPlaced;
import dev.feira.ordering.OrderStatus;
import dev.feira.ordering.OrderStatusChanged;
import dev.feira.ordering.Orders;
import dev.feira.ordering.Orders.LineConfirmation;
import dev.feira.ordering.PlacedOrder;
import dev.feira.ordering.QuotedOrder;
import dev.feira.ordering.PricedCart;
import dev.feira.pricing.Pricing;
import dev.feira.pricing.TradeTerms;
import dev.feira.pricing.TradeTerms.PaymentMethod;
import dev.feira.shared.TenantContext;

/**
 * Orders placed from carts and moved through their statuses. Placing re-checks the cart at that
 * moment and takes its prices as they are then; the checkout key makes it idempotent.
 */
@Service
@Transactional
class OrderDesk implements Orders {

    private final OrderStore orders;
    private final ServerSideCarts carts;
    private final CartStore cartStore;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate inTransaction;
    private final dev.feira.catalog.Catalog catalog;
    private final Pricing pricing;
    private final ObjectProvider<CardPayments> cardPayments;
    private final PurchasingRules rules;
    private final CurrentUser currentUser;
    private final OrderNumbers orderNumbers;
    private final CartOfferStore offers;
    private final CompanyAddresses addresses;
    private final dev.feira.identity.BuyerAccountDirectory accounts;
    private final java.time.Clock clock;

    OrderDesk(OrderStore orders, ServerSideCarts carts, CartStore cartStore, ApplicationEventPublisher events,
              PlatformTransactionManager transactions, dev.feira.catalog.Catalog catalog, Pricing pricing,
              ObjectProvider<CardPayments> cardPayments, PurchasingRules rules, CurrentUser currentUser, OrderNumbers orderNumbers,
              CartOfferStore offers, CompanyAddresses addresses, dev.feira.identity.BuyerAccountDirectory accounts,
              java.time.Clock clock) {
        this.addresses = addresses;
        this.accounts = accounts;
        this.clock = clock;
        this.offers = offers;
        this.rules = rules;
        this.orderNumbers = orderNumbers;
        this.currentUser = currentUser;
        this.catalog = catalog;
        this.pricing = pricing;
        this.cardPayments = cardPayments;
        this.inTransaction = new TransactionTemplate(transactions);
        this.orders = orders;
        this.carts = carts;
        this.cartStore = cartStore;
        this.events = events;
    }

    @Override
    @Transactional(propagation = Propagation.NOT_SUPPORTED) // each attempt in its own transaction, see below
    public PlacedOrder place(BuyerAccountProfile buyer, String checkoutKey, Checkout checkout) {
        if (checkoutKey == null || checkoutKey.isBlank() || checkoutKey.length() > 64) {
            throw new CheckoutRefusal("checkout-key", "A checkout key (1 to 64 characters) is required, so a repeated request places one order");
        }
        PaymentMethod method = checkout.method();
        PurchaseDetails details = purchaseDetails(buyer, checkout);
        // The number first, from one statement of its own: the supplier's counter row stays locked
        // that long, not for a whole checkout, so concurrent checkouts do not queue on it. A checkout
        // refused or repeated afterwards leaves a gap in the order numbers (invoices have none).
        String number = "PED-%06d".formatted(orderNumbers.next());
        try {
            return inTransaction.execute(status -> placeOnce(buyer, checkoutKey, method, details, number));
        } catch (CheckoutRefusal refused) {
            // A second click at the same moment finds the cart emptied by the first: it answers that order.
            var placedMeanwhile = inTransaction.execute(status -> orders.findByCheckoutKey(checkoutKey)
                    .filter(o -> o.buyerAccountId().equals(buyer.id())).map(PurchaseOrder::toPlacedOrder));
            if (placedMeanwhile.isPresent()) {
                return placedMeanwhile.get();
            }
            // Announced on its own, so a refused checkout still shows the buyer tried (recovery's cue).
            inTransaction.executeWithoutResult(status -> cartStore.findByBuyerAccountId(buyer.id()).filter(c -> !c.lines().isEmpty())
                    .ifPresent(cart -> announce(cart, buyer, carts.priced(cart, buyer), CartActivity.Kind.CHECKOUT_STARTED)));
            throw refused;
        } catch (DataIntegrityViolationException | ObjectOptimisticLockingFailureException raced) {
            // Two clicks at once: both found no order and one committed first. The other answers that order.
            return inTransaction.execute(status -> orders.findByCheckoutKey(checkoutKey).filter(o -> o.buyerAccountId().equals(buyer.id()))
                    .map(PurchaseOrder::toPlacedOrder)).orElseThrow(() -> raced);
        }
    }

    private void announce(Cart cart, BuyerAccountProfile buyer, PricedCart priced, CartActivity.Kind kind) {
        events.publishEvent(new CartActivity(TenantContext.require(), cart.getId(), buyer.id(), kind, null, priced.total(),
                priced.lines().size(), Instant.now()));
    }

    /** What the buyer writes on the order, checked; the ship-to address copied from the company's address book. */
    private PurchaseDetails purchaseDetails(BuyerAccountProfile buyer, Checkout checkout) {
        var po = checkout.buyerPoNumber().map(String::strip).filter(s -> !s.isEmpty());
        if (po.filter(s -> s.length() > Checkout.MAX_PO_NUMBER).isPresent()) {
            throw new CheckoutRefusal("po-too-long", "The PO number has at most " + Checkout.MAX_PO_NUMBER + " characters",
                    Checkout.MAX_PO_NUMBER);
        }
        var note = checkout.noteToSupplier().map(String::strip).filter(s -> !s.isEmpty());
        if (note.filter(s -> s.length() > Checkout.MAX_NOTE).isPresent()) {
            throw new CheckoutRefusal("note-too-long", "The note has at most " + Checkout.MAX_NOTE + " characters", Checkout.MAX_NOTE);
        }
        var today = java.time.LocalDate.now(clock.withZone(java.time.ZoneId.of("America/Sao_Paulo")));
        var date = checkout.requestedDelivery();
        if (date.filter(d -> d.isBefore(today) || d.isAfter(today.plusYears(1))).isPresent()) {
            throw new CheckoutRefusal("delivery-date", "The delivery date must be from today to a year ahead");
        }
        // The caller's own company's address book: an address id of another company is simply not found there.
        boolean companyCalls = accounts.buyerCaller().filter(c -> c.buyerCompany().equals(buyer.buyerCompanyId())).isPresent();
        Optional<CompanyAddresses.CompanyAddress> address;
        if (checkout.shipTo().isPresent()) {
            address = companyCalls ? addresses.byId(checkout.shipTo().get()) : Optional.empty();
            if (address.isEmpty()) {
                throw new CheckoutRefusal("unknown-ship-to", "That delivery address is not one of your company's");
            }
        } else {
            address = companyCalls ? addresses.ofCaller().stream().filter(CompanyAddresses.CompanyAddress::defaultDelivery).findFirst()
                    : Optional.empty();
        }
        return new PurchaseDetails(po, address.map(a -> new PurchaseDetails.ShipTo(a.label(), a.taxId(), a.oneLine(), a.state())),
                date, note);
    }

    private PlacedOrder placeOnce(BuyerAccountProfile buyer, String checkoutKey, PaymentMethod wanted, PurchaseDetails details,
                                  String number) {
        var placed = orders.findByCheckoutKey(checkoutKey);
        if (placed.isPresent()) {
            if (!placed.get().buyerAccountId().equals(buyer.id())) {
                throw new CheckoutRefusal("key-used", "That checkout key was used for another order");
            }
            return placed.get().toPlacedOrder();
        }
        Cart cart = cartStore.findByBuyerAccountId(buyer.id()).orElseThrow(() -> new CheckoutRefusal("empty", "Your cart is empty"));
        if (cart.awaitingOrder().isPresent()) {
            throw new CheckoutRefusal("awaiting-approval", "This cart waits for approval already");
        }
        PricedCart priced = carts.priced(cart, buyer);
        if (priced.isEmpty()) {
            throw new CheckoutRefusal("empty", "Your cart is empty");
        }
        if (priced.problems() > 0) {
            var blocked = priced.lines().stream().filter(l -> l.problem().isPresent()).toList();
            throw new CheckoutRefusal("lines-not-orderable", "Some lines cannot be ordered as they are (your cart keeps them): "
                    + blocked.stream().map(l -> l.sku() + " " + explained(l)).collect(Collectors.joining("; ")),
                    blocked.size(), blocked.stream().map(PricedCart.Line::sku).collect(Collectors.joining(", ")));
        }
        var offered = paymentMethods(priced.terms());
        PaymentMethod method = wanted != null ? wanted : offered.contains(PaymentMethod.INVOICE) ? PaymentMethod.INVOICE : PaymentMethod.CARD;
        if (!offered.contains(method)) {
            throw method == PaymentMethod.CARD
                    ? new CheckoutRefusal("no-cards", "Card payments are not available here; you may pay on invoice")
                    : new CheckoutRefusal("card-only", "Your terms ask for payment by card");
        }
        var terms = priced.terms();
        var order = new PurchaseOrder(number, buyer.id(), checkoutKey, priced.total().currency(), terms.paymentTerms(), method,
                terms.freight().name(), terms.leadTimeDays());
        for (var line : priced.lines()) {
            var product = line.product().orElseThrow();
            var unitPrice = line.price().orElseThrow().unitPrice();
            // The supplier's offer is taken off each unit price: invoices, declined lines and refunds stay line by line.
            var paid = priced.offer().map(o -> o.discounted(unitPrice)).orElse(unitPrice);
            order.addLine(line.sku(), product.name(), product.unit(), line.quantity(), paid.amount(),
                    paid.amount().multiply(BigDecimal.valueOf(line.quantity())), line.saleUnit());
        }
        order.describe(details);
        // Taxes for where the goods go: the interstate ICMS and the destination's substitution rules depend on it.
        order.taxed(carts.taxes(priced, details.shipTo().map(PurchaseDetails.ShipTo::state)));
        priced.offer().ifPresent(o -> order.offered(o.percent()));
        // A person's order counts against their limits; an integration client's was approved in the buyer's own system.
        var purchaser = currentUser.get().filter(u -> u.buyerCompany().filter(c -> c.id().equals(buyer.buyerCompanyId())).isPresent());
        purchaser.ifPresent(p -> order.placedBy(p.id(), p.displayName()));
        BigDecimal amount = order.total().amount();
        int levels = purchaser.map(p -> rules.approvalsNeeded(buyer.buyerCompanyId(), p.id(), amount, Instant.now())).orElse(0);
        OrderStatus placedAs = levels > 0 ? order.awaitApproval(levels, null) : null;
        var saved = orders.save(order);
        var tenant = TenantContext.require();
        announce(cart, buyer, priced, CartActivity.Kind.CHECKOUT_STARTED);
        if (levels > 0) {
            cart.awaitApprovalOf(saved.getId());
            cartStore.save(cart);
            announce(cart, buyer, priced, CartActivity.Kind.SUBMITTED_FOR_APPROVAL);
            events.publishEvent(new OrderStatusChanged(tenant, saved.getId(), number, placedAs, OrderStatus.AWAITING_APPROVAL, null,
                    Instant.now()));
            requestApproval(saved, buyer, 1);
        } else {
            cart.empty();
            cartStore.save(cart);
            offers.withdraw(cart.getId());
            countInSpend(saved);
            announce(cart, buyer, priced, CartActivity.Kind.CONVERTED_TO_ORDER);
        }
        events.publishEvent(new OrderPlaced(tenant, saved.getId(), number, buyer.id(), cart.getId(), saved.total(), method, Instant.now()));
        return saved.toPlacedOrder();
    }

    @Override
    public PlacedOrder placeQuoted(BuyerAccountProfile buyer, String orderKey, QuotedOrder quoted) {
        if (orderKey == null || orderKey.isBlank() || orderKey.length() > 64) {
            throw new CheckoutRefusal("order-key", "An order key (1 to 64 characters) is required, so a repeated award places one order");
        }
        if (quoted.lines().isEmpty() || quoted.lines().stream().anyMatch(l -> l.quantity() < 1 || l.unitPrice() == null
                || l.unitPrice().signum() < 0)) {
            throw new CheckoutRefusal("quoted-lines", "A quoted order needs lines with a quantity of 1 or more and a price");
        }
        var placed = inTransaction.execute(status -> orders.findByCheckoutKey(orderKey).map(o -> {
            if (!o.buyerAccountId().equals(buyer.id())) {
                throw new CheckoutRefusal("key-used", "That order key was used for another order");
            }
            return o.toPlacedOrder();
        }));
        if (placed.isPresent()) {
            return placed.get();
        }
        String number = "PED-%06d".formatted(orderNumbers.next());
        try {
            return inTransaction.execute(status -> placeQuotedOnce(buyer, orderKey, quoted, number));
        } catch (DataIntegrityViolationException | ObjectOptimisticLockingFailureException raced) {
            return inTransaction.execute(status -> orders.findByCheckoutKey(orderKey).filter(o -> o.buyerAccountId().equals(buyer.id()))
                    .map(PurchaseOrder::toPlacedOrder)).orElseThrow(() -> raced);
        }
    }

    private PlacedOrder placeQuotedOnce(BuyerAccountProfile buyer, String orderKey, QuotedOrder quoted, String number) {
        var order = new PurchaseOrder(number, buyer.id(), orderKey, quoted.currency(), quoted.paymentTerms(), PaymentMethod.INVOICE,
                quoted.freight().name(), quoted.leadTimeDays());
        order.from(quoted.reference());
        int position = 0;
        for (var line : quoted.lines()) {
            position++;
            // An item in no catalog keeps a reference of its own: the order's lines, deliveries and invoice name it.
            String sku = line.sku() == null || line.sku().isBlank() ? quoted.reference() + "-" + position : line.sku();
            order.addLine(sku, line.name(), line.unit(), line.quantity(), line.unitPrice(),
                    line.unitPrice().multiply(BigDecimal.valueOf(line.quantity())));
        }
        var purchaser = currentUser.get().filter(u -> u.buyerCompany().filter(c -> c.id().equals(buyer.buyerCompanyId())).isPresent());
        purchaser.ifPresent(p -> order.placedBy(p.id(), p.displayName()));
        int levels = purchaser.map(p -> rules.approvalsNeeded(buyer.buyerCompanyId(), p.id(), order.total().amount(), Instant.now())).orElse(0);
        OrderStatus placedAs = levels > 0 ? order.awaitApproval(levels, null) : null;
        var saved = orders.save(order);
        var tenant = TenantContext.require();
        if (levels > 0) {
            events.publishEvent(new OrderStatusChanged(tenant, saved.getId(), number, placedAs, OrderStatus.AWAITING_APPROVAL, null,
                    Instant.now()));
            requestApproval(saved, buyer, 1);
        } else {
            countInSpend(saved);
        }
        events.publishEvent(new OrderPlaced(tenant, saved.getId(), number, buyer.id(), null, saved.total(), PaymentMethod.INVOICE,
                Instant.now()));
        return saved.toPlacedOrder();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ApprovalForecast> approvalForecast(BuyerAccountProfile buyer, dev.feira.shared.Money amount) {
        var purchaser = currentUser.get().filter(u -> u.buyerCompany().filter(c -> c.id().equals(buyer.buyerCompanyId())).isPresent());
        return purchaser.flatMap(p -> {
            int levels = rules.approvalsNeeded(buyer.buyerCompanyId(), p.id(), amount.amount(), Instant.now());
            return levels == 0 ? Optional.empty() : Optional.of(new ApprovalForecast(levels,
                    rules.deciders(buyer.buyerCompanyId(), 1, Optional.of(p.id())).stream()
                            .map(dev.feira.identity.PortalUser::displayName).toList()));
        });
    }

    /** A line's problem as the buyer reads it in a refusal (the API's and the cart page's). */
    private static String explained(PricedCart.Line line) {
        return switch (line.problem().orElseThrow()) {
            case UNAVAILABLE -> "is no longer available to you (UNAVAILABLE)";
            case BELOW_MINIMUM_LOT -> "is below your minimum lot of " + line.lot().orElseThrow().minimum() + " (BELOW_MINIMUM_LOT)";
            case NOT_A_MULTIPLE -> "is not a multiple of " + line.lot().orElseThrow().multiple() + " (NOT_A_MULTIPLE)";
            case NOT_ENOUGH_STOCK -> "asks for more than the " + line.product().orElseThrow().stock() + " in stock (NOT_ENOUGH_STOCK)";
        };
    }

    @Override
    @Transactional(readOnly = true)
    public Set<PaymentMethod> paymentMethods(BuyerAccountProfile buyer) {
        return paymentMethods(pricing.terms(Optional.of(buyer)));
    }

    private Set<PaymentMethod> paymentMethods(TradeTerms terms) {
        var methods = EnumSet.copyOf(terms.paymentMethods());
        boolean takesCards = cardPayments.getIfAvailable() != null && cardPayments.getObject().available();
        if (!takesCards) {
            methods.remove(PaymentMethod.CARD);
        }
        return methods.isEmpty() ? EnumSet.of(PaymentMethod.INVOICE) : methods;
    }

    @Override
    @Transactional(readOnly = true)
    public List<PlacedOrder> ofBuyer(BuyerAccountProfile buyer, Optional<OrderStatus> status, int page, int size) {
        return orders.ofBuyer(buyer.id(), status.orElse(null), PageRequest.of(page, size)).stream()
                .map(PurchaseOrder::toPlacedOrder).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public long countOfBuyer(BuyerAccountProfile buyer, Optional<OrderStatus> status) {
        return orders.countOfBuyer(buyer.id(), status.orElse(null));
    }

    @Override
    @Transactional(readOnly = true)
    public List<PlacedOrder> inbox(Set<OrderStatus> statuses, int page, int size) {
        return orders.inbox(statuses, PageRequest.of(page, size)).stream().map(PurchaseOrder::toPlacedOrder).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public long countInbox(Set<OrderStatus> statuses) {
        return orders.countInbox(statuses);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<PlacedOrder> byId(UUID id) {
        return orders.findById(id).map(PurchaseOrder::toPlacedOrder);
    }

    @Override
    public PlacedOrder move(UUID id, OrderStatus target, String reason) {
        return switch (target) {
            case CONFIRMED -> confirm(id, Map.of(), reason);
            case INVOICED -> invoice(id);
            case PAID -> recordPayment(id, reason);
            case PARTLY_SHIPPED, SHIPPED, DELIVERED -> throw new IllegalArgumentException("Orders are shipped and delivered through their deliveries");
            default -> {
                PurchaseOrder order = order(id);
                yield moved(order, order.move(target, reason), reason);
            }
        };
    }

    @Override
    public PlacedOrder confirm(UUID id, Map<String, String> declinedLines, String note) {
        return confirm(id, declinedLines.entrySet().stream().map(d -> LineConfirmation.declined(d.getKey(), d.getValue())).toList(), note);
    }

    @Override
    public PlacedOrder confirm(UUID id, List<LineConfirmation> lines, String note) {
        PurchaseOrder order = order(id);
        OrderStatus from = order.confirm(lines, note, java.time.LocalDate.now(clock.withZone(java.time.ZoneId.of("America/Sao_Paulo"))));
        if (order.status() == OrderStatus.CONFIRMED) {
            // The confirmed goods are the buyer's: all accepted lines, or no confirmation. An item in no catalog (quoted in
            // an RFQ) has no stock here to take.
            var quantities = new java.util.HashMap<>(order.quantitiesBySku());
            catalog.unknownSkus(quantities.keySet()).forEach(quantities::remove);
            catalog.take(quantities);
        }
        return moved(order, from, order.toPlacedOrder().statusReason().orElse(null));
    }

    @Override
    public PlacedOrder invoice(UUID id) {
        PurchaseOrder order = order(id);
        if (!order.status().mayBecome(OrderStatus.INVOICED)) {
            throw new IllegalTransition(order.number(), order.status(), OrderStatus.INVOICED);
        }
        String number = "FAT-%06d".formatted(orders.nextNumber("INVOICE"));
        var invoiced = moved(order, order.invoice(number), number);
        if (order.isPaid()) { // paid by card before the invoice: settled as soon as it exists
            return moved(order, order.move(OrderStatus.PAID, order.toPlacedOrder().paidAt().map(at -> "paid " + at).orElse(null)), null);
        }
        return invoiced;
    }

    @Override
    public PlacedOrder cancel(BuyerAccountProfile buyer, UUID id, String reason) {
        PurchaseOrder order = orders.findById(id).filter(o -> o.buyerAccountId().equals(buyer.id()))
                .orElseThrow(() -> new IllegalArgumentException("No order " + id + " of yours"));
        var cancelled = moved(order, order.move(OrderStatus.CANCELLED, reason), reason);
        // Called off while awaiting approval: the cart it came from opens again with its lines.
        cartStore.findByBuyerAccountId(buyer.id()).filter(c -> c.awaitingOrder().filter(id::equals).isPresent()).ifPresent(cart -> {
            cart.approvalDecided(false);
            cartStore.save(cart);
        });
        return cancelled;
    }

    @Override
    public PlacedOrder recordPayment(UUID id, String reference) {
        PurchaseOrder order = order(id);
        if (!order.paid(reference)) {
            return order.toPlacedOrder(); // a replayed notice: paid once
        }
        if (order.status() == OrderStatus.INVOICED) {
            return moved(order, order.move(OrderStatus.PAID, reference), reference);
        }
        return orders.save(order).toPlacedOrder();
    }

    @Override
    public PlacedOrder recordPaymentFailure(UUID id, String reason) {
        PurchaseOrder order = order(id);
        return order.paymentFailed(reason) ? orders.save(order).toPlacedOrder() : order.toPlacedOrder();
    }

    private PurchaseOrder order(UUID id) {
        return orders.findById(id).orElseThrow(() -> new IllegalArgumentException("No order " + id));
    }

    /** Asks the approvers of a level to decide on an order awaiting approval. */
    void requestApproval(PurchaseOrder order, BuyerAccountProfile buyer, int level) {
        var placed = order.toPlacedOrder();
        events.publishEvent(new ApprovalRequested(TenantContext.require(), order.getId(), order.number(), buyer.id(),
                placed.placedBy().map(PlacedOrder.Purchaser::name).orElse(buyer.buyerCompanyName()), placed.total(), level,
                placed.approvalLevels(), rules.approversAt(buyer.buyerCompanyId(), level, order.placedBy()), Instant.now()));
    }

    /** An order that goes ahead counts in its purchaser's monthly spend, once. */
    void countInSpend(PurchaseOrder order) {
        if (order.placedBy().isPresent() && order.countInSpend()) {
            rules.spend(order.placedBy().get(), order.placedAt(), order.total().amount());
        }
    }

    /** Stores the order's move and tells who listens (notifications, payments, webhooks). */
    PlacedOrder moved(PurchaseOrder order, OrderStatus from, String note) {
        if ((order.status() == OrderStatus.REJECTED || order.status() == OrderStatus.CANCELLED) && order.uncountFromSpend()) {
            rules.spend(order.placedBy().orElseThrow(), order.placedAt(), order.total().amount().negate());
        }
        order = orders.save(order);
        events.publishEvent(new OrderStatusChanged(TenantContext.require(), order.getId(), order.number(), from, order.status(), note,
                Instant.now()));
        return order.toPlacedOrder();
    }
}
