package dev.feira.onboarding.internal;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

import dev.feira.onboarding.OwnDomains;
import dev.feira.onboarding.SignupRefused;
import dev.feira.shared.TenantId;
import dev.feira.tenancy.TenantDirectory;
import dev.feira.testing.Acting;
import dev.feira.testing.LocalDns;
import dev.feira.testing.MovableClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A supplier's own domain is served only after a real DNS look-up (against a DNS server on loopback) finds its TXT
 * record; a wrong or missing record serves nothing; removing it, or the record vanishing three checks in a row, stops
 * serving it; another portal cannot take a domain already served.
 */
@SpringBootTest
@ActiveProfiles("test")
class OwnDomainIntegrationTests {

    static final String MARCOS = "admin@ferragenspaulista.com.br";
    static final String HELENA = "admin@sabordocampo.com.br";

    @Autowired
    OwnDomains domains;
    @Autowired
    OwnDomainDesk desk;
    @Autowired
    TenantDirectory tenants;

    @AfterEach
    void timeAsItIs() {
        MovableClock.get().reset();
    }

    @Test
    void aDomainIsServedOnlyOnceItsTxtRecordIsThereAndStopsWhenRemoved() {
        var ferragens = tenants.bySlug("ferragens").orElseThrow().id();
        String domain = "loja-" + UUID.randomUUID().toString().substring(0, 8) + ".example.com";
        var added = as(MARCOS, ferragens, () -> domains.add("https://" + domain.toUpperCase() + "/"));
        assertThat(added.domain()).isEqualTo(domain);
        assertThat(added.recordName()).isEqualTo("_feira-verify." + domain);
        assertThat(added.status()).isEqualTo(OwnDomains.Status.PENDING);
        assertThat(tenants.byHost(domain)).as("not served before verification").isEmpty();

        assertRefused(() -> as(MARCOS, ferragens, () -> domains.verify(domain)), "domain.not-found");
        LocalDns.get().txt(added.recordName(), "feira-verify=someone-else");
        assertRefused(() -> as(MARCOS, ferragens, () -> domains.verify(domain)), "domain.not-found");
        assertThat(tenants.byHost(domain)).isEmpty();

        LocalDns.get().txt(added.recordName(), "v=spf1 -all", added.recordValue());
        assertThat(as(MARCOS, ferragens, () -> domains.verify(domain)).status()).isEqualTo(OwnDomains.Status.VERIFIED);
        assertThat(tenants.byHost(domain).orElseThrow().id()).isEqualTo(ferragens);
        assertThat(tenants.byId(ferragens).orElseThrow().hosts().getFirst()).as("links keep the portal's own host")
                .isEqualTo("ferragens.localhost");

        assertThat(as(MARCOS, ferragens, () -> domains.remove(domain))).isTrue();
        assertThat(tenants.byHost(domain)).as("removed: not served").isEmpty();
        LocalDns.get().txt(added.recordName());
    }

    @Test
    void aDomainWhoseRecordVanishesIsNoLongerServedAfterThreeChecks() {
        var ferragens = tenants.bySlug("ferragens").orElseThrow();
        String domain = "vendas-" + UUID.randomUUID().toString().substring(0, 8) + ".example.com";
        var added = as(MARCOS, ferragens.id(), () -> domains.add(domain));
        LocalDns.get().txt(added.recordName(), added.recordValue());
        as(MARCOS, ferragens.id(), () -> domains.verify(domain));

        LocalDns.get().txt(added.recordName());
        for (int check = 1; check <= 3; check++) {
            MovableClock.get().advance(Duration.ofHours(7));
            assertThat(tenants.byHost(domain)).as("served until the third failed check, at check %d", check).isPresent();
            dev.feira.shared.TenantContext.runAs(ferragens.id(), () -> desk.recheck(ferragens));
        }
        assertThat(tenants.byHost(domain)).isEmpty();
        assertThat(as(MARCOS, ferragens.id(), () -> domains.list())).filteredOn(d -> d.domain().equals(domain))
                .extracting(OwnDomains.OwnDomain::status).containsExactly(OwnDomains.Status.PENDING);
        as(MARCOS, ferragens.id(), () -> domains.remove(domain));
    }

    @Test
    void nonsenseFeirasOwnAndAnotherPortalsDomainsAreRefused() {
        var ferragens = tenants.bySlug("ferragens").orElseThrow().id();
        var sabor = tenants.bySlug("sabor").orElseThrow().id();
        assertRefused(() -> as(MARCOS, ferragens, () -> domains.add("not a domain")), "domain.invalid");
        assertRefused(() -> as(MARCOS, ferragens, () -> domains.add("sabor.localhost")), "domain.invalid");
        assertRefused(() -> as(MARCOS, ferragens, () -> domains.add("localhost")), "domain.invalid");

        String domain = "disputado-" + UUID.randomUUID().toString().substring(0, 8) + ".example.com";
        var ours = as(MARCOS, ferragens, () -> domains.add(domain));
        var theirs = as(HELENA, sabor, () -> domains.add(domain));
        LocalDns.get().txt(ours.recordName(), ours.recordValue(), theirs.recordValue());
        as(MARCOS, ferragens, () -> domains.verify(domain));
        assertRefused(() -> as(HELENA, sabor, () -> domains.verify(domain)), "domain.taken");
        assertThat(tenants.byHost(domain).orElseThrow().id()).isEqualTo(ferragens);
        assertThat(as(HELENA, sabor, () -> domains.list())).extracting(OwnDomains.OwnDomain::domain).as("each sees its own list").contains(domain);
        assertThat(as(MARCOS, ferragens, () -> domains.list())).extracting(OwnDomains.OwnDomain::recordValue).doesNotContain(theirs.recordValue());

        assertThatThrownBy(() -> as("carlos.lima@ferragenspaulista.com.br", ferragens, () -> domains.add("x.example.com")))
                .as("a sales rep").isInstanceOf(AccessDeniedException.class);
        as(MARCOS, ferragens, () -> domains.remove(domain));
        as(HELENA, sabor, () -> domains.remove(domain));
        LocalDns.get().txt(ours.recordName());
    }

    private static <T> T as(String person, TenantId portal, java.util.function.Supplier<T> work) {
        return Acting.asPerson(person, portal, work);
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOf(SignupRefused.class).extracting(e -> ((SignupRefused) e).key()).isEqualTo(key);
    }
}
