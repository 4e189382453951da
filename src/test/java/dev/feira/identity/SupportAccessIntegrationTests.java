package dev.feira.identity;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

import dev.feira.platform.OperatorAudit;
import dev.feira.tenancy.TenantDirectory;
import dev.feira.testing.Acting;
import dev.feira.testing.MovableClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * An operator is a stranger on a supplier's desk until support access is opened with a reason, for a while: then an
 * insider of that supplier only, until it ends (by the clock, the operator or the supplier's admin). The supplier keeps
 * the record; the operators' audit log has it too.
 */
@SpringBootTest
@ActiveProfiles("test")
class SupportAccessIntegrationTests {

    static final String OPERATOR = "operador@feira.com.br";
    static final String HELENA = "admin@sabordocampo.com.br";

    @Autowired
    SupportAccess support;
    @Autowired
    CatalogAccess access;
    @Autowired
    TenantDirectory tenants;
    @Autowired
    OperatorAudit audit;

    @AfterEach
    void closed() {
        MovableClock.get().reset();
        var sabor = tenants.bySlug("sabor").orElseThrow().id();
        Acting.asPerson(OPERATOR, sabor, () -> {
            support.end(sabor);
            return null;
        });
    }

    @Test
    void anOperatorEntersASuppliersDeskOnlyWithAReasonForAWhile() {
        var sabor = tenants.bySlug("sabor").orElseThrow();
        var ferragens = tenants.bySlug("ferragens").orElseThrow();
        assertThat(Acting.asPerson(OPERATOR, sabor.id(), () -> access.mayManage(sabor))).as("no access yet").isFalse();
        assertThat(Acting.asPerson(OPERATOR, sabor.id(), () -> access.mayBrowse(sabor))).as("a private supplier, hidden").isFalse();
        assertThatThrownBy(() -> Acting.asPerson(OPERATOR, sabor.id(), access::requireAdministrator)).isInstanceOf(AccessDeniedException.class);

        assertRefusal(() -> Acting.asPerson(OPERATOR, sabor.id(), () -> support.open(sabor.id(), " ", Duration.ofHours(1))), "support.reason");
        assertRefusal(() -> Acting.asPerson(OPERATOR, sabor.id(), () -> support.open(sabor.id(), "Long", Duration.ofHours(5))), "support.length");
        assertThatThrownBy(() -> Acting.asPerson(HELENA, sabor.id(), () -> support.open(sabor.id(), "Me", Duration.ofHours(1))))
                .as("not an operator").isInstanceOf(AccessDeniedException.class);

        var session = Acting.asPerson(OPERATOR, sabor.id(), () -> support.open(sabor.id(), "Ticket 4711: import fails", Duration.ofHours(1)));
        assertThat(Acting.asPerson(OPERATOR, sabor.id(), () -> access.mayManage(sabor))).isTrue();
        assertThat(Acting.asPerson(OPERATOR, sabor.id(), access::requireAdministrator).id()).isEqualTo(sabor.id());
        assertThat(Acting.asPerson(OPERATOR, ferragens.id(), () -> access.mayManage(ferragens))).as("that supplier only").isFalse();
        assertThat(support.current(sabor.id())).get().extracting(SupportAccess.Session::reason).isEqualTo("Ticket 4711: import fails");
        assertThat(Acting.asPerson(HELENA, sabor.id(), () -> support.history(sabor.id()))).extracting(SupportAccess.Session::id)
                .contains(session.id());
        await().atMost(Duration.ofSeconds(10)).until(() -> Acting.asPerson(OPERATOR, null, () -> audit.search("Ticket 4711", 0, 10)).stream()
                .anyMatch(e -> e.action().equals("support.open")));

        MovableClock.get().advance(Duration.ofMinutes(61));
        assertThat(Acting.asPerson(OPERATOR, sabor.id(), () -> access.mayManage(sabor))).as("expired").isFalse();
    }

    @Test
    void theSuppliersAdminEndsSupportAccess() {
        var sabor = tenants.bySlug("sabor").orElseThrow();
        Acting.asPerson(OPERATOR, sabor.id(), () -> support.open(sabor.id(), "Checking a price list", Duration.ofHours(2)));
        assertThatThrownBy(() -> Acting.asPerson("juliana.rocha@sabordocampo.com.br", sabor.id(), () -> {
            support.end(sabor.id());
            return null;
        })).as("a sales rep").isInstanceOf(AccessDeniedException.class);
        Acting.asPerson(HELENA, sabor.id(), () -> {
            support.end(sabor.id());
            return null;
        });
        assertThat(support.current(sabor.id())).isEmpty();
        assertThat(Acting.asPerson(OPERATOR, sabor.id(), () -> access.mayManage(sabor))).isFalse();
        await().atMost(Duration.ofSeconds(10)).until(() -> Acting.asPerson(OPERATOR, null, () -> audit.search("Checking a price list", 0, 10))
                .stream().anyMatch(e -> e.action().equals("support.end") && e.operator().equals(HELENA)));
    }

    private static void assertRefusal(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOf(Refusal.class).extracting(e -> ((Refusal) e).key()).isEqualTo(key);
    }
}
