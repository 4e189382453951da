package dev.feira.onboarding.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import dev.feira.identity.ui.NewPasswordFields;
import dev.feira.onboarding.SignupRefused;
import dev.feira.onboarding.SupplierSignups;
import dev.feira.tenancy.ui.MainLayout;

/**
 * The link of the sign-up mail: the admin chooses a password (and may change the portal's address, if another took
 * it meanwhile), and the portal opens on its host. A used, expired or unknown link says so and opens nothing.
 */
@Route(value = "sell/verify/:token", layout = MainLayout.class)
@AnonymousAllowed
class SignupVerifyView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient SupplierSignups signups;

    SignupVerifyView(SupplierSignups signups) {
        this.signups = signups;
        setMaxWidth("40em");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getRouteParameters().get("token").orElse("");
        removeAll();
        add(new H1(getTranslation("signup.verify.title")));
        SupplierSignups.PendingSignup pending;
        try {
            pending = signups.preview(token);
        } catch (SignupRefused refused) {
            var problem = new Paragraph(getTranslation(refused.key(), refused.arguments()));
            problem.setId("verify-problem");
            add(problem, new Anchor("sell", getTranslation("signup.again")));
            return;
        }
        add(new Paragraph(getTranslation("signup.verify.explained", pending.portalName(), pending.legalName(), pending.adminEmail())));
        var slug = new SlugField(signups::checkSlug, signups.hostSuffix());
        slug.field().setValue(pending.slug());
        var password = new NewPasswordFields("verify");
        var problem = new Paragraph();
        problem.setId("verify-problem");
        problem.addClassName("refusal");
        var open = new Button(getTranslation("signup.verify.open"));
        open.setId("verify-open");
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        open.addClickListener(e -> {
            var chosen = password.chosen();
            if (chosen.isEmpty()) {
                return;
            }
            try {
                var portal = signups.verify(token, slug.field().getValue(), chosen.get());
                removeAll();
                var go = new Anchor(portal.setupUrl(), getTranslation("signup.verify.continue", portal.host()));
                go.setRouterIgnore(true);
                go.setId("verify-continue");
                go.addClassName("primary-link");
                add(new H1(getTranslation("signup.verify.done")), new Paragraph(getTranslation("signup.verify.next", portal.host())), go);
            } catch (SignupRefused refused) {
                problem.setText(getTranslation(refused.key(), refused.arguments()));
            }
        });
        add(slug, password, problem, open);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("signup.verify.title") + " · Feira";
    }
}
