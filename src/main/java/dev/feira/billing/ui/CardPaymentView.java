package dev.feira.billing.ui;

import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import dev.feira.billing.CardCheckout;
import dev.feira.identity.BuyerAccountDirectory;
import dev.feira.ordering.Orders;
import dev.feira.ordering.PlacedOrder;
import dev.feira.tenancy.TenantDirectory;
import dev.feira.tenancy.ui.MainLayout;
import dev.feira.tenancy.ui.SupplierPortalView;

/**
 * The buyer pays an order by card. The card itself never touches Feira: Stripe.js shows Stripe's
 * Payment Element for the order's PaymentIntent on the supplier's account and confirms it with
 * Stripe; Stripe's signed webhook then marks the order paid. While the intent is being created
 * (right after checkout) the page waits for it.
 */
@Route(value = "orders/:id/pay", layout = MainLayout.class)
@RolesAllowed({"BUYER_ADMIN", "PURCHASER", "APPROVER"})
class CardPaymentView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle, SupplierPortalView {

    private final transient CardCheckout checkout;
    private final transient Orders orders;
    private final transient BuyerAccountDirectory accounts;
    private final transient TenantDirectory tenants;
    private final Div status = new Div();
    private PlacedOrder order;
    private boolean shown;

    CardPaymentView(CardCheckout checkout, Orders orders, BuyerAccountDirectory accounts, TenantDirectory tenants) {
        this.checkout = checkout;
        this.orders = orders;
        this.accounts = accounts;
        this.tenants = tenants;
    }

    @Override
    public String getPageTitle() {
        return supplierTitle(getTranslation("pay.title", order == null ? "" : order.number()), tenants);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var buyer = tenants.current().flatMap(t -> accounts.ofCaller());
        Optional<PlacedOrder> own;
        try {
            own = buyer.flatMap(b -> orders.byId(UUID.fromString(event.getRouteParameters().get("id").orElse("")))
                    .filter(o -> o.buyerAccount().equals(b.id())));
        } catch (IllegalArgumentException notAnId) {
            own = Optional.empty();
        }
        if (own.isEmpty()) {
            event.forwardTo("orders");
            return;
        }
        order = own.get();
        if (!order.awaitsCardPayment()) {
            event.forwardTo("orders/" + order.id());
            return;
        }
        removeAll();
        status.setId("pay-status");
        add(new H2(getTranslation("pay.title", order.number())), new Paragraph(getTranslation("pay.amount", order.payable().format(getLocale()))),
                status);
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        if (order == null) {
            return;
        }
        if (!showWhenReady()) { // Stripe has not answered yet: look again every second and a half
            attach.getUI().setPollInterval(1500);
            attach.getUI().addPollListener(poll -> {
                if (showWhenReady()) {
                    poll.getSource().setPollInterval(-1);
                }
            });
        }
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        detach.getUI().setPollInterval(-1);
    }

    /** @return whether the payment could be shown (the intent exists) */
    private boolean showWhenReady() {
        if (shown) {
            return true;
        }
        var session = checkout.session(order.id());
        if (session.isEmpty()) {
            status.setText(getTranslation("pay.preparing"));
            return false;
        }
        shown = true;
        status.removeAll();
        status.setText("");
        var payment = session.get();
        switch (payment.status()) {
            case SUCCEEDED -> status.setText(getTranslation("pay.done"));
            case CANCELED -> status.setText(getTranslation("pay.canceled"));
            case AWAITING_CARD, FAILED -> cardForm(payment);
        }
        return true;
    }

    private void cardForm(CardCheckout.Session payment) {
        payment.failure().ifPresent(failure -> status.add(new Paragraph(getTranslation("order.payment.failed", failure))));
        var element = new Div();
        element.setId("card-element");
        element.setMinHeight("8em");
        var message = new Paragraph();
        message.setId("card-message");
        var pay = new Button(getTranslation("pay.button", payment.amount().format(getLocale())));
        pay.setId("card-pay");
        pay.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        status.add(element, pay, message);
        // Stripe.js from Stripe (PCI: card data go from the browser to Stripe only); back to the order page afterwards.
        element.getElement().executeJs("""
                const [element, button, message] = [this, $5, $6];
                const start = () => {
                  const stripe = Stripe($1, {stripeAccount: $2});
                  const elements = stripe.elements({clientSecret: $3, locale: $7});
                  elements.create('payment').mount(element);
                  button.addEventListener('click', async () => {
                    button.disabled = true;
                    const {error} = await stripe.confirmPayment({elements,
                        confirmParams: {return_url: location.origin + '/orders/' + $4}});
                    if (error) { message.textContent = error.message; button.disabled = false; }
                  });
                };
                if (window.Stripe) { start(); return; }
                const script = document.createElement('script');
                script.src = $0;
                script.onload = start;
                script.onerror = () => message.textContent = $8;
                document.head.appendChild(script);
                """, payment.stripeJsUrl(), payment.publishableKey(), payment.stripeAccount(), payment.clientSecret(),
                order.id().toString(), pay.getElement(), message.getElement(), getLocale().getLanguage(),
                getTranslation("pay.stripe-unreachable"));
    }
}
