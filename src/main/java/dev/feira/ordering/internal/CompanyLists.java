package dev.feira.ordering.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.feira.catalog.Catalog;
import dev.feira.catalog.ProductSnapshot;
import dev.feira.identity.BuyerAccountDirectory;
import dev.feira.identity.BuyerAccountProfile;
import dev.feira.identity.BuyerCaller;
import dev.feira.identity.PortalUser;
import dev.feira.identity.Role;
import dev.feira.ordering.Carts;
import dev.feira.ordering.Orders;
import dev.feira.ordering.OrderedQuantity;
import dev.feira.ordering.SavedLists;
import dev.feira.pricing.Pricing;

/**
 * Saved lists, always the calling company's at the current supplier. Lines are checked against the catalog when they
 * go in (an unknown SKU is refused then, not when the list is ordered months later) and again by the cart when the
 * list is ordered.
 */
@Service
@Transactional
class CompanyLists implements SavedLists {

    private static final int MAX_NAME = 80;

    private final BuyingListStore lists;
    private final BuyerAccountDirectory accounts;
    private final Catalog catalog;
    private final Pricing pricing;
    private final Carts carts;
    private final Orders orders;

    CompanyLists(BuyingListStore lists, BuyerAccountDirectory accounts, Catalog catalog, Pricing pricing, Carts carts, Orders orders) {
        this.lists = lists;
        this.accounts = accounts;
        this.catalog = catalog;
        this.pricing = pricing;
        this.carts = carts;
        this.orders = orders;
    }

    /** Who asks: the company's account here, and the person (empty: the company's systems). */
    private record Caller(BuyerAccountProfile account, Optional<PortalUser> person) {

        boolean sees(BuyingList list) {
            return list.shared() || person.isEmpty() || list.ownerId().equals(person.map(PortalUser::id));
        }

        boolean mayChange(BuyingList list) {
            return person.isEmpty() || person.get().has(Role.BUYER_ADMIN) || list.ownerId().equals(person.map(PortalUser::id));
        }
    }

    @Override
    @Transactional(readOnly = true)
    public List<SavedList> ofCaller() {
        var caller = caller();
        // By name as people sort words ("Da obra" before "Da Patrícia"), not by the database's byte order.
        var byName = java.util.Comparator.comparing(BuyingList::name, java.text.Collator.getInstance(Locale.forLanguageTag("pt-BR")));
        return lists.findByBuyerAccountId(caller.account().id()).stream().filter(caller::sees).sorted(byName)
                .map(list -> view(list, caller)).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<SavedList> byId(SavedListId id) {
        var caller = caller();
        return seen(id, caller).map(list -> view(list, caller));
    }

    @Override
    public SavedList create(String name, boolean shared, List<Carts.NewLine> lines) {
        var caller = caller();
        String wanted = freeName(name, caller, null);
        var list = new BuyingList(caller.account().id(), wanted, shared || caller.person().isEmpty(),
                caller.person().map(PortalUser::id).orElse(null),
                caller.person().map(PortalUser::displayName).orElse(caller.account().buyerCompanyName()));
        addChecked(list, lines, caller);
        return view(lists.save(list), caller);
    }

    @Override
    public SavedList fromCart(String name, boolean shared) {
        var cart = carts.inspect(caller().account());
        if (cart.lines().isEmpty()) {
            throw new ListRefusal("empty-cart", "Your cart is empty: there is nothing to save");
        }
        return create(name, shared, cart.lines().stream().map(l -> chosen(l.sku(), l.ordered())).toList());
    }

    @Override
    public SavedList fromOrder(UUID order, String name, boolean shared) {
        var caller = caller();
        var placed = orders.byId(order).filter(o -> o.buyerAccount().equals(caller.account().id()))
                .orElseThrow(() -> new ListRefusal("no-order", "No such order of your company"));
        return create(name, shared, placed.lines().stream().filter(l -> l.accepted()).map(l -> chosen(l.sku(), l.ordered())).toList());
    }

    @Override
    public SavedList add(SavedListId id, List<Carts.NewLine> lines) {
        var caller = caller();
        var list = changeable(id, caller);
        addChecked(list, lines, caller);
        return view(lists.save(list), caller);
    }

    @Override
    public SavedList change(SavedListId id, String sku, int quantity) {
        var caller = caller();
        if (quantity < 0 || quantity > Pricing.MAX_QUANTITY) {
            throw new ListRefusal("quantity-out-of-range", "The quantity must be from 0 (remove) to " + Pricing.MAX_QUANTITY,
                    Pricing.MAX_QUANTITY);
        }
        var list = changeable(id, caller);
        if (!list.change(sku, quantity)) {
            throw new ListRefusal("no-line", "The list has no line " + sku, sku);
        }
        return view(lists.save(list), caller);
    }

    @Override
    public SavedList rename(SavedListId id, String name, boolean shared) {
        var caller = caller();
        var list = changeable(id, caller);
        list.rename(freeName(name, caller, list), shared);
        return view(lists.save(list), caller);
    }

    @Override
    public void delete(SavedListId id) {
        var caller = caller();
        lists.delete(changeable(id, caller));
    }

    @Override
    public Carts.AddedLines addToCart(SavedListId id) {
        var caller = caller();
        if (caller.person().map(p -> !p.has(Role.PURCHASER) && !p.has(Role.BUYER_ADMIN)).orElse(false)) {
            throw new AccessDeniedException("Only the company's purchasers put lists in the cart");
        }
        var list = seen(id, caller).orElseThrow(() -> new ListRefusal("not-found", "No such list"));
        return carts.addAll(caller.account(), list.lines().stream()
                .map(l -> new Carts.NewLine(l.sku(), l.quantity(), l.unit().orElse(null))).toList());
    }

    private Caller caller() {
        var account = accounts.ofCaller()
                .orElseThrow(() -> new AccessDeniedException("Saved lists are kept for buyer companies with an account here"));
        return new Caller(account, accounts.buyerCaller().flatMap(BuyerCaller::person));
    }

    private Optional<BuyingList> seen(SavedListId id, Caller caller) {
        return lists.findByIdAndBuyerAccountId(id.value(), caller.account().id()).filter(caller::sees);
    }

    private BuyingList changeable(SavedListId id, Caller caller) {
        var list = seen(id, caller).orElseThrow(() -> new ListRefusal("not-found", "No such list"));
        if (!caller.mayChange(list)) {
            throw new ListRefusal("not-yours", "Only " + list.ownerName() + " or your company's buyer admin can change this list",
                    list.ownerName());
        }
        return list;
    }

    private String freeName(String name, Caller caller, BuyingList renamed) {
        String wanted = name == null ? "" : name.strip();
        if (wanted.isEmpty()) {
            throw new ListRefusal("name-required", "Give the list a name");
        }
        if (wanted.length() > MAX_NAME) {
            throw new ListRefusal("name-too-long", "A list's name has at most " + MAX_NAME + " characters", MAX_NAME);
        }
        boolean sameList = renamed != null && renamed.name().equalsIgnoreCase(wanted);
        if (!sameList && lists.existsByBuyerAccountIdAndNameIgnoreCase(caller.account().id(), wanted)) {
            throw new ListRefusal("name-taken", "Your company already has a list named " + wanted, wanted);
        }
        return wanted;
    }

    /** Each line must name a product this buyer sees, in one of its units, in a sane quantity; else nothing is added. */
    private void addChecked(BuyingList list, List<Carts.NewLine> lines, Caller caller) {
        for (Carts.NewLine line : lines == null ? List.<Carts.NewLine>of() : lines) {
            String sku = line.sku() == null ? "" : line.sku().strip().toUpperCase(Locale.ROOT);
            ProductSnapshot product = visible(sku, caller.account())
                    .orElseThrow(() -> new ListRefusal("unknown-sku", "No product '" + sku + "' in your catalog", sku));
            if (line.quantity() < 1 || line.quantity() > Pricing.MAX_QUANTITY) {
                throw new ListRefusal("quantity-out-of-range", "The quantity must be from 1 to " + Pricing.MAX_QUANTITY,
                        Pricing.MAX_QUANTITY);
            }
            if (product.inBaseUnits(line.quantity(), line.unit()).isEmpty()) {
                throw new ListRefusal("unknown-unit", sku + " is not sold by " + line.unit(), sku, line.unit());
            }
            String unit = ServerSideCarts.saleUnit(product, line.unit()).map(OrderedQuantity.SaleUnit::code).orElse(null);
            if (!list.hasLine(sku) && list.lines().size() >= MAX_LINES) {
                throw new ListRefusal("too-many-lines", "A list holds at most " + MAX_LINES + " products", MAX_LINES);
            }
            list.add(sku, line.quantity(), unit);
        }
    }

    private Optional<ProductSnapshot> visible(String sku, BuyerAccountProfile buyer) {
        var assortment = pricing.assortment(Optional.of(buyer));
        return catalog.bySku(sku).filter(p -> assortment.map(a -> a.includes(p.sku(), p.category())).orElse(true));
    }

    private static Carts.NewLine chosen(String sku, OrderedQuantity ordered) {
        return new Carts.NewLine(sku, ordered.inChosenUnit(), ordered.saleUnit().map(OrderedQuantity.SaleUnit::code).orElse(null));
    }

    private SavedList view(BuyingList list, Caller caller) {
        List<Item> items = new ArrayList<>();
        var assortment = pricing.assortment(Optional.of(caller.account()));
        for (var line : list.lines()) {
            var product = catalog.bySku(line.sku()).filter(p -> assortment.map(a -> a.includes(p.sku(), p.category())).orElse(true));
            items.add(new Item(line.sku(), product.map(ProductSnapshot::name), line.quantity(),
                    line.unit().or(() -> product.map(ProductSnapshot::unit)).orElse(null)));
        }
        boolean mine = caller.person().isPresent() && list.ownerId().equals(caller.person().map(PortalUser::id));
        return new SavedList(new SavedListId(list.getId()), list.name(), list.shared(), list.ownerName(), mine,
                caller.mayChange(list), list.updatedAt(), List.copyOf(items));
    }
}
