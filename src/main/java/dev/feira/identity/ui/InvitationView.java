package dev.feira.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import dev.feira.identity.Invitations;
import dev.feira.identity.PasswordPolicy;
import dev.feira.identity.Refusal;

/** The invitation's link: who invites to what; a name and a password open the account. Refused links say why. */
@Route("signin/invitation/:token")
@AnonymousAllowed
class InvitationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient Invitations invitations;

    InvitationView(Invitations invitations) {
        this.invitations = invitations;
        addClassName("sign-in-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getRouteParameters().get("token").orElse("");
        removeAll();
        add(new H1(getTranslation("invitation.title")));
        Invitations.InvitationPreview invitation;
        try {
            invitation = invitations.preview(token);
        } catch (Refusal refused) {
            var problem = new Paragraph(getTranslation(refused.key()));
            problem.setId("invitation-problem");
            add(problem, new Anchor("signin", getTranslation("password-reset.sign-in")));
            return;
        }
        String roles = String.join(", ", invitation.roles().stream().map(r -> getTranslation("role." + r.name())).sorted().toList());
        var explained = new Paragraph(getTranslation("invitation.explained", invitation.invitedBy(), invitation.organisation(), roles,
                invitation.email()));
        explained.setId("invitation-explained");
        var name = new TextField(getTranslation("people.name"));
        name.setId("invitation-name");
        name.setValue(invitation.displayName() == null ? "" : invitation.displayName());
        name.setWidth("20em");
        var password = new NewPasswordFields("invitation");
        var problem = new Paragraph();
        problem.setId("invitation-problem");
        problem.addClassName("refusal");
        var accept = new Button(getTranslation("invitation.accept"));
        accept.setId("invitation-accept");
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        accept.addClickListener(e -> {
            var chosen = password.chosen();
            if (chosen.isEmpty()) {
                return;
            }
            try {
                invitations.accept(token, name.getValue(), chosen.get());
                removeAll();
                var signIn = new Anchor("signin", getTranslation("password-reset.sign-in"));
                signIn.setId("invitation-sign-in");
                add(new H1(getTranslation("invitation.welcome", invitation.organisation())), signIn);
            } catch (Refusal refused) {
                problem.setText(getTranslation(refused.key(), PasswordPolicy.MIN_LENGTH));
            }
        });
        add(explained, name, password, problem, accept);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("invitation.title") + " · Feira";
    }
}
