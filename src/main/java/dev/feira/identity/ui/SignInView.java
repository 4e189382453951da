package dev.feira.identity.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import dev.feira.shared.TenantContext;

/**
 * The authorization server's sign-in page, on the bare host. Every portal host sends its visitors
 * here through the OIDC redirect; the form posts to the authorization server's chain, which then
 * returns the user to the host they came from.
 */
@Route("signin")
@AnonymousAllowed
class SignInView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();

    SignInView() {
        addClassName("sign-in-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        form.setI18n(texts(getTranslation("signin.error.title"), getTranslation("signin.error.message")));
        form.setForgotPasswordButtonVisible(true);
        form.addForgotPasswordListener(e -> getUI().ifPresent(ui -> ui.navigate("signin/forgot")));
        form.setAction("signin");

        var brand = new Div(new H1("Feira"), new Paragraph(getTranslation("signin.intro")));
        brand.addClassName("sign-in-brand");
        add(brand, form);
    }

    private LoginI18n texts(String errorTitle, String errorMessage) {
        var i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("signin.title"));
        i18n.getForm().setUsername(getTranslation("signin.username"));
        i18n.getForm().setPassword(getTranslation("signin.password"));
        i18n.getForm().setSubmit(getTranslation("action.sign-in"));
        i18n.getForm().setForgotPassword(getTranslation("password-reset.forgot"));
        i18n.getErrorMessage().setTitle(errorTitle);
        i18n.getErrorMessage().setMessage(errorMessage);
        return i18n;
    }

    private static int minutes(String text) {
        try {
            return Math.clamp(Integer.parseInt(text), 1, 60);
        } catch (NumberFormatException e) {
            return 15;
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("signin.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (TenantContext.current().isPresent()) {
            // On a supplier's host, signing in is the OIDC redirect to the platform's sign-in.
            event.getUI().getPage().setLocation("/oauth2/authorization/feira");
            return;
        }
        var parameters = event.getLocation().getQueryParameters().getParameters();
        var locked = parameters.getOrDefault("locked", java.util.List.of());
        if (!locked.isEmpty()) {
            // Too many wrong passwords from here: the form says for how long.
            form.setI18n(texts(getTranslation("signin.locked.title"), getTranslation("signin.locked.message", minutes(locked.getFirst()))));
            form.setError(true);
            return;
        }
        form.setError(parameters.containsKey("error"));
    }
}
