package dev.feira.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import dev.feira.identity.PasswordResets;

/** "Forgot your password?": the person gives the address and gets a link by e-mail — or, for no account, nothing. */
@Route("signin/forgot")
@AnonymousAllowed
class ForgottenPasswordView extends VerticalLayout implements HasDynamicTitle {

    ForgottenPasswordView(PasswordResets resets) {
        addClassName("sign-in-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        var email = new EmailField(getTranslation("signin.username"));
        email.setId("forgot-email");
        email.setWidth("20em");
        email.setMaxLength(200);
        var sent = new Paragraph();
        sent.setId("forgot-sent");
        var send = new Button(getTranslation("password-reset.send"), e -> {
            if (email.isEmpty() || email.isInvalid()) {
                email.setInvalid(true);
                return;
            }
            resets.request(email.getValue(), getLocale());
            // The same answer for every address: nobody learns who has an account.
            sent.setText(getTranslation("password-reset.sent", email.getValue()));
        });
        send.setId("forgot-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H1(getTranslation("password-reset.title")), new Paragraph(getTranslation("password-reset.explained")), email, send, sent,
                new Anchor("signin", getTranslation("password-reset.back")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("password-reset.title");
    }
}
