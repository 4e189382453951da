package dev.feira.identity;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

import dev.feira.shared.TenantContext;
import dev.feira.tenancy.TenantDirectory;
import dev.feira.testing.Acting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A rep reaches the buyer company's people; nobody else reads them through a supplier's desk. */
@SpringBootTest
@ActiveProfiles("test")
class BuyerContactsIntegrationTests {

    @Autowired
    BuyerContacts contacts;
    @Autowired
    BuyerAccountDirectory accounts;
    @Autowired
    Invitations invitations;
    @Autowired
    TenantDirectory tenants;

    @Test
    void theRepSeesTheBuyersPeopleWithTheirPhonesPurchasersFirst() {
        var ferragens = tenants.bySlug("ferragens").orElseThrow().id();
        var horizonte = TenantContext.callAs(ferragens, () -> accounts.byAccountNumber("FP-10021")).orElseThrow();

        var people = Acting.asPerson("carlos.lima@ferragenspaulista.com.br", ferragens, () -> contacts.of(horizonte));

        assertThat(people).extracting(BuyerContacts.BuyerContact::name).containsExactly("Patrícia Mendes", "Ricardo Alves");
        assertThat(people.getFirst().phone()).map(PhoneNumber::e164).contains("+5511987654321");
        assertThat(people.getFirst().email()).isEqualTo("compras@construtorahorizonte.com.br");
    }

    @Test
    void anotherSuppliersStaffAndTheBuyersThemselvesAreRefused() {
        var ferragens = tenants.bySlug("ferragens").orElseThrow().id();
        var sabor = tenants.bySlug("sabor").orElseThrow().id();
        var horizonte = TenantContext.callAs(ferragens, () -> accounts.byAccountNumber("FP-10021")).orElseThrow();

        assertThatThrownBy(() -> Acting.asPerson("admin@sabordocampo.com.br", sabor, () -> contacts.of(horizonte)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> Acting.asPerson("suprimentos@metalurgicavale.com.br", ferragens, () -> contacts.of(horizonte)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aBuyerAdminGivesAColleaguesPhoneAndANonNumberIsRefused() {
        var ferragens = tenants.bySlug("ferragens").orElseThrow().id();
        String fernanda = "suprimentos@metalurgicavale.com.br";
        var joao = Acting.asPerson(fernanda, ferragens, () -> invitations.members()).stream()
                .filter(m -> m.email().equals("diretoria@metalurgicavale.com.br")).findFirst().orElseThrow();

        assertThatThrownBy(() -> Acting.asPerson(fernanda, ferragens, () -> invitations.changePhone(joao.id(), "ramal 12")))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.key()).isEqualTo("people.refused.phone"));
        var saved = Acting.asPerson(fernanda, ferragens, () -> invitations.changePhone(joao.id(), "31 3333-4444"));
        var cleared = Acting.asPerson(fernanda, ferragens, () -> invitations.changePhone(joao.id(), ""));

        assertThat(saved.phone()).map(PhoneNumber::e164).contains("+553133334444");
        assertThat(cleared.phone()).isEmpty();
    }
}
