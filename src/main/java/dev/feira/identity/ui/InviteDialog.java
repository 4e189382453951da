package dev.feira.identity.ui;

import java.util.Locale;
import java.util.Set;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;

import dev.feira.identity.Invitations;
import dev.feira.identity.Refusal;
import dev.feira.identity.Role;

/** Invites a colleague by e-mail with the roles chosen; the mail is written in the inviter's language. */
class InviteDialog extends Dialog {

    InviteDialog(Invitations invitations, Set<Role> offered, Locale locale, Runnable sent) {
        setHeaderTitle(getTranslation("people.invite"));
        var email = new EmailField(getTranslation("people.email"));
        email.setId("invite-email");
        email.setWidthFull();
        var name = new TextField(getTranslation("people.name"));
        name.setId("invite-name");
        name.setWidthFull();
        var roles = new CheckboxGroup<Role>(getTranslation("people.roles"));
        roles.setId("invite-roles");
        roles.setItems(offered);
        roles.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        offered.stream().filter(r -> r == Role.SALES_REP || r == Role.PURCHASER).findFirst().ifPresent(r -> roles.setValue(Set.of(r)));
        var problem = new Paragraph();
        problem.setId("invite-problem");
        problem.addClassName("refusal");
        var send = new Button(getTranslation("people.invite.send"), e -> {
            try {
                invitations.invite(email.getValue(), name.getValue(), roles.getValue(), locale);
                close();
                sent.run();
            } catch (Refusal refused) {
                problem.setText(getTranslation(refused.key(), Invitations.VALID_DAYS));
            }
        });
        send.setId("invite-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(email, name, roles, problem);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), send);
        setWidth("min(30em, 95vw)");
    }
}
