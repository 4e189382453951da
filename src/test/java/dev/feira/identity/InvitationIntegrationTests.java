package dev.feira.identity;

import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

import dev.feira.tenancy.TenantDirectory;
import dev.feira.testing.Acting;
import dev.feira.testing.Mailbox;
import dev.feira.testing.MovableClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Admins invite colleagues with roles: a supplier's admin its reps (on its own host), a buyer company's admin its
 * purchasers; the link works once and expires; roles change in place but never leave an organisation without an admin;
 * nobody reaches another organisation's people.
 */
@SpringBootTest
@ActiveProfiles("test")
class InvitationIntegrationTests {

    static final String MARCOS = "admin@ferragenspaulista.com.br";
    static final String PATRICIA = "compras@construtorahorizonte.com.br";
    static final String RICARDO = "engenharia@construtorahorizonte.com.br";

    @Autowired
    Invitations invitations;
    @Autowired
    People people;
    @Autowired
    TenantDirectory tenants;
    @Autowired
    GreenMail mail;

    @AfterEach
    void timeAsItIs() {
        MovableClock.get().reset();
    }

    @Test
    void aSupplierAdminInvitesARepWhoJoinsThroughTheLinkOnce() {
        var ferragens = tenants.bySlug("ferragens").orElseThrow().id();
        String email = "rep." + UUID.randomUUID().toString().substring(0, 8) + "@ferragenspaulista.com.br";
        int mails = mail.getReceivedMessages().length;
        var sent = Acting.asPerson(MARCOS, ferragens, () -> invitations.invite(email, "Nova Rep", Set.of(Role.SALES_REP), Locale.ENGLISH));
        assertThat(Acting.asPerson(MARCOS, ferragens, invitations::pending)).extracting(Invitations.Invitation::email).contains(email);

        String token = Mailbox.token(await().atMost(Duration.ofSeconds(10))
                .until(() -> Mailbox.link(mail, email, "signin/invitation/", mails), l -> l != null));
        var preview = invitations.preview(token);
        assertThat(preview.organisation()).isEqualTo("Ferragens Paulista Distribuidora");
        assertThat(preview.roles()).containsExactly(Role.SALES_REP);

        var joined = invitations.accept(token, "Nova Representante", "uma frase longa para a nova rep");
        assertThat(joined.supplier()).contains(ferragens);
        assertThat(people.staffOf(ferragens, Role.SALES_REP)).extracting(PortalUser::username).contains(email);
        assertRefusal(() -> invitations.accept(token, "De novo", "uma frase longa para a nova rep"), "invitation.used");
        assertThat(Acting.asPerson(MARCOS, ferragens, invitations::pending)).extracting(Invitations.Invitation::id).doesNotContain(sent.id());

        // The admin makes her an admin too, then lets her go: she cannot sign in any more.
        var member = Acting.asPerson(MARCOS, ferragens, () -> invitations.changeRoles(joined.id(), Set.of(Role.SALES_REP, Role.SUPPLIER_ADMIN)));
        assertThat(member.roles()).contains(Role.SUPPLIER_ADMIN);
        Acting.asPerson(MARCOS, ferragens, () -> {
            invitations.remove(joined.id());
            return null;
        });
        assertThat(people.staffOf(ferragens, Role.SALES_REP)).extracting(PortalUser::username).doesNotContain(email);
    }

    @Test
    void anExpiredOrWithdrawnInvitationOpensNothing() {
        var ferragens = tenants.bySlug("ferragens").orElseThrow().id();
        String late = "late." + UUID.randomUUID().toString().substring(0, 8) + "@ferragenspaulista.com.br";
        String gone = "gone." + UUID.randomUUID().toString().substring(0, 8) + "@ferragenspaulista.com.br";
        int mails = mail.getReceivedMessages().length;
        Acting.asPerson(MARCOS, ferragens, () -> invitations.invite(late, null, Set.of(Role.SALES_REP), Locale.ENGLISH));
        var withdrawn = Acting.asPerson(MARCOS, ferragens, () -> invitations.invite(gone, null, Set.of(Role.SALES_REP), Locale.ENGLISH));
        String lateToken = Mailbox.token(await().atMost(Duration.ofSeconds(10)).until(() -> Mailbox.link(mail, late, "signin/invitation/", mails), l -> l != null));
        String goneToken = Mailbox.token(await().atMost(Duration.ofSeconds(10)).until(() -> Mailbox.link(mail, gone, "signin/invitation/", mails), l -> l != null));

        assertThat(Acting.asPerson(MARCOS, ferragens, () -> invitations.withdraw(withdrawn.id()))).isTrue();
        assertRefusal(() -> invitations.accept(goneToken, null, "uma frase longa para quem saiu"), "invitation.withdrawn");
        MovableClock.get().advance(Duration.ofDays(Invitations.VALID_DAYS).plusMinutes(1));
        assertRefusal(() -> invitations.preview(lateToken), "invitation.expired");
        assertRefusal(() -> invitations.accept(lateToken, null, "uma frase longa para quem chegou tarde"), "invitation.expired");
        assertThat(people.staffOf(ferragens, Role.SALES_REP)).extracting(PortalUser::username).doesNotContain(late, gone);
        assertRefusal(() -> invitations.accept("forged", null, "uma frase longa qualquer"), "invitation.unknown");
    }

    @Test
    void aBuyerAdminInvitesAPurchaserAndKeepsAnAdmin() {
        var ferragens = tenants.bySlug("ferragens").orElseThrow().id();
        String email = "obra." + UUID.randomUUID().toString().substring(0, 8) + "@construtorahorizonte.com.br";
        assertRefusal(() -> Acting.asPerson(PATRICIA, ferragens, () -> invitations.invite(email, null, Set.of(Role.SALES_REP), Locale.ENGLISH)),
                "invitation.roles");
        assertRefusal(() -> Acting.asPerson(PATRICIA, ferragens, () -> invitations.invite(RICARDO, null, Set.of(Role.PURCHASER), Locale.ENGLISH)),
                "invitation.email-taken");
        var sent = Acting.asPerson(PATRICIA, ferragens, () -> invitations.invite(email, "Obra Norte", Set.of(Role.PURCHASER), Locale.ENGLISH));
        assertThat(sent.roles()).containsExactly(Role.PURCHASER);

        var me = Acting.asPerson(PATRICIA, ferragens, invitations::members).stream().filter(Invitations.Member::you).findFirst().orElseThrow();
        assertThat(me.roles()).contains(Role.BUYER_ADMIN);
        long admins = Acting.asPerson(PATRICIA, ferragens, invitations::members).stream().filter(m -> m.roles().contains(Role.BUYER_ADMIN)).count();
        if (admins == 1) {
            assertRefusal(() -> Acting.asPerson(PATRICIA, ferragens, () -> invitations.changeRoles(me.id(), Set.of(Role.PURCHASER))),
                    "people.last-admin");
        }
        assertRefusal(() -> Acting.asPerson(PATRICIA, ferragens, () -> {
            invitations.remove(me.id());
            return null;
        }), "people.not-yourself");
        Acting.asPerson(PATRICIA, ferragens, () -> invitations.withdraw(sent.id()));
    }

    @Test
    void nobodyReachesAnotherOrganisationsPeople() {
        var ferragens = tenants.bySlug("ferragens").orElseThrow().id();
        var sabor = tenants.bySlug("sabor").orElseThrow().id();
        var helena = people.staffOf(sabor, Role.SUPPLIER_ADMIN).getFirst();
        assertThatThrownBy(() -> Acting.asPerson(MARCOS, sabor, invitations::members)).as("an admin on another supplier's host")
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> Acting.asPerson("carlos.lima@ferragenspaulista.com.br", ferragens, invitations::members)).as("a rep")
                .isInstanceOf(AccessDeniedException.class);
        assertRefusal(() -> Acting.asPerson(MARCOS, ferragens, () -> {
            invitations.remove(helena.id());
            return null;
        }), "people.unknown");
        assertRefusal(() -> Acting.asPerson(MARCOS, ferragens, () -> invitations.changeRoles(helena.id(), Set.of(Role.SALES_REP))), "people.unknown");
        assertThat(Acting.asSystemOf(ferragens, sabor, () -> {
            try {
                invitations.members();
                return "answered";
            } catch (AccessDeniedException refused) {
                return "refused";
            }
        })).as("a supplier's system on another host").isEqualTo("refused");
        assertThat(people.staffOf(sabor, Role.SUPPLIER_ADMIN)).extracting(PortalUser::id).contains(helena.id());
    }

    private static void assertRefusal(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOf(Refusal.class).extracting(e -> ((Refusal) e).key()).isEqualTo(key);
    }
}
