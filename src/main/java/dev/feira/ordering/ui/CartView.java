package dev.feira.ordering.ui;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;

import dev.feira.identity.BuyerAccountDirectory;
import dev.feira.identity.BuyerAccountProfile;
import dev.feira.identity.CompanyAddresses;
import dev.feira.ordering.Carts;
import dev.feira.ordering.Checkout;
import dev.feira.ordering.Orders;
import dev.feira.ordering.PricedCart;
import dev.feira.pricing.QuickOrder;
import dev.feira.tenancy.TenantDirectory;
import dev.feira.tenancy.ui.MainLayout;

/**
 * The buyer company's cart at this supplier: lines re-checked and re-priced on every visit (with what changed since
 * they were added), quantities edited in place, lines pasted by SKU, the terms, and the order's own details before it
 * is placed.
 */
@Route(value = "cart", layout = MainLayout.class)
@Menu(title = "nav.cart", order = 1.1)
@RolesAllowed({"BUYER_ADMIN", "PURCHASER", "APPROVER"}) // buyer companies' people; the menu hides them from everyone else
class CartView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle, BuyerPage {

    private final transient Carts carts;
    private final transient Orders orders;
    private final transient QuickOrder quickOrder;
    private final transient BuyerAccountDirectory accounts;
    private final transient TenantDirectory tenants;
    private final transient CompanyAddresses addresses;
    private BuyerAccountProfile buyer;
    private CartLines lines;
    private final CartSummary summary = new CartSummary();
    private final TaxesPanel taxes = new TaxesPanel();
    private PricedCart shown;
    private CheckoutForm checkout;
    private final HorizontalLayout actions = new HorizontalLayout();
    private PasteLines pasting;
    private Anchor askQuotes;
    private Button saveAsList;
    private final transient dev.feira.ordering.SavedLists savedLists;

    CartView(Carts carts, Orders orders, QuickOrder quickOrder, BuyerAccountDirectory accounts, TenantDirectory tenants,
             CompanyAddresses addresses, dev.feira.ordering.SavedLists savedLists) {
        this.savedLists = savedLists;
        this.carts = carts;
        this.orders = orders;
        this.quickOrder = quickOrder;
        this.accounts = accounts;
        this.tenants = tenants;
        this.addresses = addresses;
    }

    @Override
    public String getPageTitle() {
        return supplierTitle(getTranslation("nav.cart"), tenants);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var account = enterAsBuyer(event, tenants, accounts);
        if (account.isEmpty()) {
            return;
        }
        buyer = account.get();
        removeAll();
        Locale locale = getLocale();
        lines = new CartLines(locale, (sku, quantity) -> change(() -> carts.change(buyer, sku, quantity)));
        // One key per visit of the page: a double click or a second tab's click places one order.
        String checkoutKey = UUID.randomUUID().toString();
        checkout = new CheckoutForm(orders.paymentMethods(buyer), addresses.ofCaller(), locale, wanted -> place(checkoutKey, wanted));
        checkout.onShipToChange(this::showTaxes);
        var empty = new Button(getTranslation("cart.empty"), VaadinIcon.TRASH.create(), e -> change(() -> carts.empty(buyer)));
        empty.setId("cart-empty");
        empty.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        // A large purchase may go to several suppliers for quotes first: the cart's lines start an RFQ.
        askQuotes = new Anchor("rfqs/new?from=cart", getTranslation("cart.ask-quotes"));
        askQuotes.setId("cart-ask-quotes");
        saveAsList = new Button(getTranslation("lists.save-cart"), VaadinIcon.LIST.create(),
                e -> SaveToListDialog.open(savedLists, ChosenLines.of(shown)));
        saveAsList.setId("cart-save-list");
        saveAsList.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        actions.removeAll();
        actions.add(saveAsList, empty, askQuotes);
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        actions.setWrap(true);
        pasting = new PasteLines(this::addPasted);
        add(new H2(getTranslation("cart.title", buyer.buyerCompanyName())), lines, summary, taxes, checkout, actions, pasting);
        show(carts.view(buyer));
    }

    private void show(PricedCart cart) {
        lines.show(cart);
        shown = cart;
        summary.show(cart, cart.awaitingApprovalOf().flatMap(orders::byId), getLocale());
        showTaxes();
        checkout.show(cart, cart.orderable() ? orders.approvalForecast(buyer, cart.payable()) : Optional.empty());
        boolean locked = cart.awaitingApprovalOf().isPresent();
        lines.setEnabled(!locked);
        askQuotes.setVisible(!cart.isEmpty());
        saveAsList.setVisible(!cart.isEmpty());
        actions.setEnabled(!locked);
        pasting.setEnabled(!locked);
        CartNotices.changed(cart);
    }

    /** The taxes for where the order would go now: the chosen delivery address's state. */
    private void showTaxes() {
        taxes.show(carts.taxes(shown, checkout.destinationState()), getLocale());
    }

    private void place(String checkoutKey, Checkout wanted) {
        try {
            var order = orders.place(buyer, checkoutKey, wanted);
            Notification.show(getTranslation("cart.placed", order.number(), order.total().format(getLocale())), 6000,
                    Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            getUI().ifPresent(ui -> ui.navigate(OrderView.class, new RouteParameters("id", order.id().toString())));
        } catch (Orders.CheckoutRefusal refused) {
            CartNotices.refused(refused);
            show(carts.view(buyer)); // enables the button again as far as the cart allows
        }
    }

    private void change(Supplier<PricedCart> action) {
        try {
            show(action.get());
        } catch (Carts.CartRefusal refused) {
            CartNotices.refused(refused);
            show(carts.view(buyer));
        }
    }

    /** Pasted lines as the quick order reads them; the orderable ones go in, the others are named. */
    private void addPasted(String text) {
        var added = QuickOrderLines.addToCart(carts, buyer, quickOrder.price(text, Optional.of(buyer)));
        show(added.cart());
        CartNotices.added(added);
    }
}
