package dev.feira.identity.ui;

import java.util.Optional;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;

import dev.feira.identity.PasswordPolicy;

/**
 * A new password typed twice, with the policy as its hint — wherever a person chooses one (a reset link, an
 * invitation, a sign-up). The policy itself is checked by the service that stores it.
 */
public class NewPasswordFields extends VerticalLayout {

    private final PasswordField password = new PasswordField();
    private final PasswordField again = new PasswordField();

    /** @param idPrefix the fields' ids are {@code <prefix>-password} and {@code <prefix>-again} */
    public NewPasswordFields(String idPrefix) {
        setPadding(false);
        setSpacing(false);
        password.setLabel(getTranslation("password-reset.new"));
        password.setId(idPrefix + "-password");
        password.setHelperText(getTranslation("password-reset.rule", PasswordPolicy.MIN_LENGTH));
        password.setWidth("20em");
        again.setLabel(getTranslation("password-reset.again"));
        again.setId(idPrefix + "-again");
        again.setWidth("20em");
        add(password, again);
    }

    /** The password, when both fields agree; empty (and the fields marked) when they do not. */
    public Optional<String> chosen() {
        boolean same = password.getValue().equals(again.getValue());
        again.setErrorMessage(getTranslation("password-reset.mismatch"));
        again.setInvalid(!same);
        return same ? Optional.of(password.getValue()) : Optional.empty();
    }

    /** Once the password is taken: nothing more to type. */
    public void done() {
        password.setEnabled(false);
        again.setEnabled(false);
    }
}
