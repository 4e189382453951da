package dev.feira.billing.ui;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import dev.feira.billing.SupplierPayments;
import dev.feira.identity.CatalogAccess;
import dev.feira.tenancy.TenantDirectory;
import dev.feira.tenancy.ui.MainLayout;
import dev.feira.tenancy.ui.SupplierPortalView;

/**
 * The supplier connects its Stripe account; from then on, buyers whose terms mention a card may pay
 * by card at checkout, and the money goes to that account (less the platform's fee).
 */
@Route(value = "catalog/payments", layout = MainLayout.class)
@Menu(title = "nav.payments", order = 2.3)
@RolesAllowed({"SUPPLIER_ADMIN", "PLATFORM_OPERATOR"})
class PaymentsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle, SupplierPortalView {

    private final transient SupplierPayments payments;
    private final transient TenantDirectory tenants;
    private final transient CatalogAccess access;
    private final transient dev.feira.identity.PortalLinks links;

    PaymentsView(SupplierPayments payments, TenantDirectory tenants, CatalogAccess access, dev.feira.identity.PortalLinks links) {
        this.links = links;
        this.payments = payments;
        this.tenants = tenants;
        this.access = access;
    }

    @Override
    public String getPageTitle() {
        return supplierTitle(getTranslation("nav.payments"), tenants);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (enterDesk(event, tenants, access::mayManage).isEmpty()) {
            return;
        }
        removeAll();
        add(new H2(getTranslation("nav.payments")));
        var state = new Paragraph();
        state.setId("payments-state");
        var account = new TextField(getTranslation("payments.account"));
        account.setId("payments-account");
        account.setPlaceholder("acct_1AbCdEf...");
        account.setWidth("24em");
        Runnable refresh = () -> {
            var connected = payments.connectedAccount();
            var own = payments.ownPublishableKey();
            state.setText(own.isPresent() ? getTranslation("payments.own-keys", own.get())
                    : !payments.platformConfigured() ? getTranslation("payments.platform-off")
                    : connected.map(a -> getTranslation(payments.cardsEnabled().orElse(true) ? "payments.connected" : "payments.onboarding", a))
                    .orElse(getTranslation("payments.not-connected")));
        };
        // Stripe's own onboarding for an account Feira creates: a fresh link on every click, never kept.
        var here = links.to(tenants.current().orElseThrow(), "catalog/payments");
        var onboard = new Button(getTranslation("payments.onboard"), e -> getUI().ifPresent(ui -> ui.getPage().setLocation(
                payments.onboardingLink(here, here))));
        onboard.setId("payments-onboard");
        onboard.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        onboard.setEnabled(payments.platformConfigured());
        var connect = new Button(getTranslation("payments.connect"), e -> {
            try {
                payments.connect(account.getValue());
                Notification.show(getTranslation("payments.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                account.setInvalid(false);
                refresh.run();
            } catch (IllegalArgumentException refused) { // what was typed stays, with what is wrong with it
                account.setErrorMessage(refused.getMessage());
                account.setInvalid(true);
            }
        });
        connect.setId("payments-connect");
        connect.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var disconnect = new Button(getTranslation("payments.disconnect"), e -> {
            payments.disconnect();
            account.clear();
            refresh.run();
        });
        disconnect.setId("payments-disconnect");
        disconnect.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        var row = new HorizontalLayout(account, connect, disconnect);
        row.setAlignItems(Alignment.BASELINE);
        add(state, onboard, new Paragraph(getTranslation("payments.onboard.explained")), row, new Paragraph(getTranslation("payments.explained")));
        payments.connectedAccount().ifPresent(account::setValue);
        add(ownKeys(refresh));
        refresh.run();
    }

    /** A supplier with its own Stripe account may use its keys instead (no platform fee). */
    private com.vaadin.flow.component.Component ownKeys(Runnable refresh) {
        var secret = new com.vaadin.flow.component.textfield.PasswordField(getTranslation("payments.own.secret"));
        secret.setId("payments-own-secret");
        var publishable = new TextField(getTranslation("payments.own.publishable"));
        publishable.setId("payments-own-publishable");
        var signing = new com.vaadin.flow.component.textfield.PasswordField(getTranslation("payments.own.webhook"));
        signing.setId("payments-own-webhook");
        tenants.current().ifPresent(t -> signing.setHelperText(getTranslation("payments.own.webhook.where", "/webhooks/stripe/" + t.slug())));
        for (var field : java.util.List.of(secret, publishable, signing)) {
            field.setWidth("24em");
        }
        var save = new Button(getTranslation("payments.own.save"), e -> {
            try {
                payments.useOwnKeys(secret.getValue(), publishable.getValue(), signing.getValue());
                secret.clear();
                signing.clear();
                Notification.show(getTranslation("payments.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                refresh.run();
            } catch (IllegalArgumentException refused) {
                Notification.show(refused.getMessage(), 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        save.setId("payments-own-save");
        var details = new com.vaadin.flow.component.details.Details(getTranslation("payments.own"),
                new VerticalLayout(new Paragraph(getTranslation("payments.own.explained")), secret, publishable, signing, save));
        details.setId("payments-own");
        return details;
    }
}
