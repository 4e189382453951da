package dev.feira.identity.ui;

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

import dev.feira.identity.PasswordPolicy;
import dev.feira.identity.PasswordResets;

/** The link of a forgotten password: a new one, twice; a used, expired or unknown link says so and changes nothing. */
@Route("signin/reset/:token")
@AnonymousAllowed
class PasswordResetView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient PasswordResets resets;
    private String token = "";

    PasswordResetView(PasswordResets resets) {
        this.resets = resets;
        addClassName("sign-in-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        var password = new NewPasswordFields("reset");
        var outcome = new Paragraph();
        outcome.setId("reset-outcome");
        var done = new Anchor("signin", getTranslation("password-reset.sign-in"));
        done.setId("reset-sign-in");
        done.setVisible(false);
        var save = new Button(getTranslation("password-reset.save"));
        save.setId("reset-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            var chosen = password.chosen();
            if (chosen.isEmpty()) {
                outcome.setText(getTranslation("password-reset.mismatch"));
                return;
            }
            try {
                resets.reset(token, chosen.get());
                outcome.setText(getTranslation("password-reset.done"));
                password.done();
                save.setEnabled(false);
                done.setVisible(true);
            } catch (PasswordResets.Refused refused) {
                outcome.setText(getTranslation(refused.key(), PasswordPolicy.MIN_LENGTH));
            }
        });
        add(new H1(getTranslation("password-reset.choose")), password, save, outcome, done);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("password-reset.choose");
    }
}
