package dev.feira.identity;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * Colleagues join by invitation: a supplier's admin invites its reps and admins, a buyer company's admin its
 * purchasers, approvers and admins. The invitation is a mail with a link (single use, valid {@value #VALID_DAYS}
 * days); whoever opens it chooses a name and password and signs in with the roles given. Admins also change their
 * colleagues' roles and let people go. Every operation acts for the caller's own organisation only.
 */
public interface Invitations {

    int VALID_DAYS = 7;

    /**
     * @throws org.springframework.security.access.AccessDeniedException for anybody but an admin of a supplier or
     *                                                                    buyer company
     * @throws Refusal for an e-mail that is malformed or in use, or roles of the other kind of organisation
     */
    Invitation invite(String email, String displayName, Set<Role> roles, Locale locale);

    /** The organisation's invitations not yet accepted (expired ones included, marked), newest first. */
    List<Invitation> pending();

    /** @return whether the caller's organisation had such an open invitation */
    boolean withdraw(UUID invitation);

    /** What a link invites to, before it is accepted; refused when unknown, used, withdrawn or expired. */
    InvitationPreview preview(String token);

    /**
     * Opens the account and retires the link.
     *
     * @throws Refusal as {@link #preview}, or for a password the {@link PasswordPolicy} refuses
     */
    PortalUser accept(String token, String displayName, String password);

    /** The organisation's people with their roles, by name. */
    List<Member> members();

    /**
     * @throws Refusal when the roles are empty or of the other kind, or the change would leave the organisation without
     *                 an admin
     */
    Member changeRoles(UUID person, Set<Role> roles);

    /** Signs a person out of the organisation for good (the account is disabled, its history stays). */
    void remove(UUID person);

    record Invitation(UUID id, String email, String displayName, Set<Role> roles, String invitedBy, Instant sentAt,
                      Instant expiresAt, boolean expired) {
    }

    record InvitationPreview(String organisation, String email, String displayName, Set<Role> roles, String invitedBy) {
    }

    /**
     * Sets (or, blank, clears) a colleague's phone, which the organisation's suppliers' reps see.
     *
     * @throws Refusal {@code people.refused.phone} when it is not a phone number
     */
    Member changePhone(UUID person, String phone);

    record Member(UUID id, String email, String displayName, Set<Role> roles, boolean you, java.util.Optional<PhoneNumber> phone) {
    }
}
