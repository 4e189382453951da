package dev.feira.identity;

import java.util.Locale;

import dev.feira.shared.TenantId;

/** The first person of a new supplier portal; its admin invites the others ({@link Invitations}). */
public interface AccountOpening {

    /** Whether an account signs in with this e-mail address already (it is one sign-in for the whole platform). */
    boolean emailInUse(String email);

    /**
     * The portal's first admin, signing in with this e-mail (which the caller has verified) and password.
     *
     * @throws Refusal when the e-mail is in use ({@code invitation.email-taken}) or malformed or the password breaks the
     *                 {@link PasswordPolicy} ({@code password.*})
     */
    PortalUser openSupplierAdmin(TenantId supplier, String email, String displayName, String password, Locale locale);
}
