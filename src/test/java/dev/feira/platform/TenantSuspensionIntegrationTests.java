package dev.feira.platform;

import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

import dev.feira.shared.TenantId;
import dev.feira.tenancy.TenantDirectory;
import dev.feira.tenancy.TenantLifecycle;
import dev.feira.tenancy.TenantStatus;
import dev.feira.testing.Acting;
import dev.feira.testing.IntegrationApiClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * An operator suspends a supplier: its portal and API stop answering (a page and a problem saying so), nothing is
 * deleted, and reactivating opens them again as they were; both moves are in the audit log with who and why.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class TenantSuspensionIntegrationTests {

    static final String OPERATOR = "operador@feira.com.br";
    static final String SABOR = "sabor.localhost";

    @LocalServerPort
    int port;
    @Autowired
    TenantLifecycle lifecycle;
    @Autowired
    TenantDirectory tenants;
    @Autowired
    OperatorAudit audit;

    @AfterEach
    void openAgain() {
        var sabor = tenants.bySlug("sabor").orElseThrow();
        if (!sabor.status().serves()) {
            Acting.asPerson(OPERATOR, null, () -> lifecycle.reactivate(sabor.id(), "test over"));
        }
    }

    @Test
    void aSuspendedSupplierAnswersNobodyUntilReactivatedAndTheAuditLogSaysWhoAndWhy() {
        var api = new IntegrationApiClient(port);
        String saborErp = api.token("sabor-erp", "sabor-erp-secret-123");
        TenantId sabor = tenants.bySlug("sabor").orElseThrow().id();
        assertThat(api.get(SABOR, "/api/v1/products/SC-00001/price", saborErp).statusCode()).isNotEqualTo(503);

        assertThatThrownBy(() -> Acting.asPerson("admin@sabordocampo.com.br", sabor, () -> lifecycle.suspend(sabor, "eu mesmo")))
                .as("an operator's to do").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> Acting.asPerson(OPERATOR, null, () -> lifecycle.suspend(sabor, " "))).isInstanceOf(IllegalArgumentException.class);
        var suspended = Acting.asPerson(OPERATOR, null, () -> lifecycle.suspend(sabor, "Fatura de novembro em aberto"));
        assertThat(suspended.status()).isEqualTo(TenantStatus.SUSPENDED);
        assertThatThrownBy(() -> Acting.asPerson(OPERATOR, null, () -> lifecycle.suspend(sabor, "de novo")))
                .isInstanceOf(IllegalStateException.class);

        var page = api.get(SABOR, "/catalog", null);
        assertThat(page.statusCode()).isEqualTo(503);
        assertThat(page.body()).contains("temporariamente indisponível", "temporarily unavailable", "Sabor do Campo");
        var byItsErp = api.get(SABOR, "/api/v1/products/SC-00001/price", saborErp);
        assertThat(byItsErp.statusCode()).isEqualTo(503);
        assertThat(byItsErp.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(tenants.bySlug("sabor")).as("nothing is deleted").isPresent();

        Acting.asPerson(OPERATOR, null, () -> lifecycle.reactivate(sabor, "Pago em 03/12"));
        assertThat(api.get(SABOR, "/api/v1/products/SC-00001/price", saborErp).statusCode()).isNotEqualTo(503);
        assertThat(api.get(SABOR, "/catalog", null).statusCode()).isNotEqualTo(503);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(Acting.asPerson(OPERATOR, null, () -> audit.search("sabor", 0, 50)))
                .extracting(OperatorAudit.Entry::action).contains("tenant.suspended", "tenant.active"));
        var entries = Acting.asPerson(OPERATOR, null, () -> audit.search("Fatura de novembro", 0, 50));
        assertThat(entries).singleElement().satisfies(entry -> {
            assertThat(entry.operator()).isEqualTo(OPERATOR);
            assertThat(entry.tenant()).contains("sabor");
            assertThat(entry.details()).contains("ACTIVE → SUSPENDED");
        });
        assertThat(Acting.asPerson(OPERATOR, null, () -> audit.count("100%_not_there"))).isZero();
        assertThatThrownBy(() -> Acting.asPerson("admin@sabordocampo.com.br", null, () -> audit.search("", 0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> Acting.asPerson("admin@sabordocampo.com.br", null, () -> {
            audit.record("forged", Optional.of(sabor), "");
            return null;
        })).isInstanceOf(AccessDeniedException.class);
    }
}
