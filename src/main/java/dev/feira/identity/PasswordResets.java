package dev.feira.identity;

import java.util.Locale;

/**
 * A forgotten password: the person asks for a link by e-mail (single use, valid 30 minutes) and sets a new password
 * through it. Asking says the same whether or not an account has that address, so nobody learns who has one.
 */
public interface PasswordResets {

    /** Sends the link to the address, if an enabled account has it (at most 3 links an hour per account). */
    void request(String email, Locale locale);

    /**
     * Sets the new password and retires the link (and every other open link of the account).
     *
     * @throws Refused when the link is unknown, used or expired, or the password breaks the {@link PasswordPolicy}
     */
    void reset(String token, String newPassword);

    /** Why a reset was refused: a translation key ({@code password-reset.<reason>} or {@code password.<reason>}). */
    class Refused extends Refusal {
        public Refused(String key, String message) {
            super(key, message);
        }
    }
}
