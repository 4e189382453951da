package dev.feira.onboarding.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import dev.feira.onboarding.SupplierSignups;
import dev.feira.tenancy.TenantDirectory;
import dev.feira.tenancy.ui.MainLayout;

/** "Venda na Feira": a supplier signs up on the marketplace; the link to go on comes by e-mail. */
@Route(value = "sell", layout = MainLayout.class)
@AnonymousAllowed
class SellView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient SupplierSignups signups;
    private final transient TenantDirectory tenants;

    SellView(SupplierSignups signups, TenantDirectory tenants) {
        this.signups = signups;
        this.tenants = tenants;
        setMaxWidth("60em");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (tenants.current().isPresent()) {
            event.forwardTo(""); // signing up is the marketplace's, not a supplier portal's
            return;
        }
        removeAll();
        add(new H1(getTranslation("signup.title")), new Paragraph(getTranslation("signup.intro")),
                new SignupForm(signups, signups.hostSuffix(), email -> {
                    removeAll();
                    add(new H1(getTranslation("signup.sent.title")),
                            SignupForm.sentNote(getTranslation("signup.sent", email, SupplierSignups.LINK_VALID.toHours())));
                }));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("signup.title") + " · Feira";
    }
}
