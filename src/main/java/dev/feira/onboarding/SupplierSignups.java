package dev.feira.onboarding;

import java.time.Duration;
import java.util.Locale;

import dev.feira.shared.TenantId;
import dev.feira.tenancy.TenantOpening.SlugCheck;

/**
 * "Venda na Feira": a company signs up alone. The form (company with its CNPJ and address, the first admin, the
 * portal's name and address) sends the admin a link; opening it (single use, valid {@link #LINK_VALID}) and choosing a
 * password opens the portal on its own host, onboarding, with the admin signed up. Anybody may call this; the link is
 * what proves the address.
 */
public interface SupplierSignups {

    Duration LINK_VALID = Duration.ofHours(24);

    /**
     * Checks the form and mails the link; a second sign-up with the same e-mail retires the first one's link.
     *
     * @throws SignupRefused naming the field at fault: CNPJ check digits, an e-mail in use, a taken or reserved portal
     *                       address, a missing field, too many sign-ups for the address in an hour
     */
    SignupId start(SignupForm form, Locale locale);

    /** Whether a portal may be opened on this address now (answers the form as it is typed). */
    SlugCheck checkSlug(String slug);

    /** What every portal's host name ends with: {@code <slug>.<suffix>}. */
    String hostSuffix();

    /** What a link would open; refused when unknown, used or expired. */
    PendingSignup preview(String token);

    /**
     * Opens the portal and its admin account, and retires the link. The portal address may be changed here (another
     * sign-up may have taken it meanwhile).
     *
     * @throws SignupRefused as {@link #preview}, for the password, or for the address
     */
    OpenedPortal verify(String token, String slug, String password);

    record SignupForm(String legalName, String cnpj, String street, String city, String state, String postalCode,
                      String adminName, String adminEmail, String portalName, String slug) {
    }

    record PendingSignup(String legalName, String portalName, String adminEmail, String slug) {
    }

    /** @param setupUrl where the admin continues: the set-up page on the portal's own host */
    record OpenedPortal(TenantId tenant, String host, String setupUrl) {
    }
}
