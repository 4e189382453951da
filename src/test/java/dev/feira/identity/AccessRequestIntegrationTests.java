package dev.feira.identity;

import java.util.Optional;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

import dev.feira.shared.TenantId;
import dev.feira.tenancy.TenantDirectory;
import dev.feira.testing.Acting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Construtora Horizonte asks Sabor do Campo (private, where it has no account) for access with its CNPJ; Sabor's admin
 * approves with an account number, category and rep, and Horizonte may then see Sabor's catalog. Nonsense changes nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AccessRequestIntegrationTests {

    @org.springframework.boot.test.web.server.LocalServerPort
    int port;

    static final String PATRICIA = "compras@construtorahorizonte.com.br";
    static final String HELENA = "admin@sabordocampo.com.br";
    static final String JULIANA = "juliana.rocha@sabordocampo.com.br";

    @Autowired
    AccessRequests requests;
    @Autowired
    TenantDirectory tenants;
    @Autowired
    CatalogAccess access;
    @Autowired
    People people;
    @Autowired
    dev.feira.notification.Notifications notifications;
    @Autowired
    dev.feira.shared.live.ClusterSignals signals;
    @Autowired
    @Qualifier("ownerDataSource")
    DataSource ownerDataSource;

    @AfterEach
    void horizonteWithoutAccountAtSaborAgain() {
        // Other tests know Horizonte as the company without an account at the private supplier.
        var owner = new JdbcTemplate(ownerDataSource);
        owner.update("delete from buyer_account where account_number = 'SC-9001'");
        owner.update("delete from access_request where company_name like 'Construtora Horizonte%'");
        // Written behind the app's back: tell every instance to forget the accounts it remembers, as the app's own writes do.
        signals.send("buyer-accounts-changed", "test");
        var sabor = tenants.bySlug("sabor").orElseThrow();
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10))
                .until(() -> !Acting.asPerson(PATRICIA, null, () -> access.mayBrowse(sabor)));
    }

    @Test
    void aCompanyAsksAPrivateSupplierForAccessWithItsCnpjAndTheSupplierOpensAnAccount() {
        TenantId sabor = tenants.bySlug("sabor").orElseThrow().id();
        var saborProfile = tenants.byId(sabor).orElseThrow();
        assertThat(Acting.asPerson(PATRICIA, null, () -> access.mayBrowse(saborProfile))).isFalse();

        assertThatThrownBy(() -> Acting.asPerson(PATRICIA, null, () -> requests.request(sabor, "11.222.333/0001-82", "")))
                .isInstanceOf(AccessRequests.Refused.class).extracting(e -> ((AccessRequests.Refused) e).key()).isEqualTo("access.refused.cnpj");
        var asked = Acting.asPerson(PATRICIA, null, () -> requests.request(sabor, "11.222.333/0001-81", "Refeitório das obras"));
        assertThat(asked.status()).isEqualTo(AccessRequests.Status.PENDING);
        assertThat(asked.cnpj()).isEqualTo("11.222.333/0001-81");
        assertThatThrownBy(() -> Acting.asPerson(PATRICIA, null, () -> requests.request(sabor, "11.222.333/0001-81", "de novo")))
                .isInstanceOf(AccessRequests.Refused.class).extracting(e -> ((AccessRequests.Refused) e).key()).isEqualTo("access.refused.pending");
        assertThatThrownBy(() -> Acting.asPerson("suprimentos@metalurgicavale.com.br", null, () -> requests.request(sabor, "11.222.333/0001-81", "")))
                .as("Metalúrgica has an account there").isInstanceOf(AccessRequests.Refused.class)
                .extracting(e -> ((AccessRequests.Refused) e).key()).isEqualTo("access.refused.has-account");
        assertThatThrownBy(() -> Acting.asPerson("engenharia@construtorahorizonte.com.br", null, () -> requests.request(sabor, "11.222.333/0001-81", "")))
                .as("an approver does not buy").isInstanceOf(AccessDeniedException.class);

        assertThat(Acting.asPerson(JULIANA, sabor, () -> requests.pending())).extracting(AccessRequests.AccessRequest::companyName)
                .contains("Construtora Horizonte Ltda.");
        assertThatThrownBy(() -> Acting.asPerson("admin@ferragenspaulista.com.br", sabor, () -> requests.pending()))
                .isInstanceOf(AccessDeniedException.class);
        var juliana = people.staffOf(sabor, Role.SALES_REP).getFirst();
        assertThatThrownBy(() -> Acting.asPerson(JULIANA, sabor, () -> requests.approve(asked.id(), "SC-9001", "construtoras", Optional.empty())))
                .as("the admins decide").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> Acting.asPerson(HELENA, sabor, () -> requests.approve(asked.id(), "SC-2031", null, Optional.empty())))
                .as("an account number in use").isInstanceOf(AccessRequests.Refused.class);

        var account = Acting.asPerson(HELENA, sabor, () -> requests.approve(asked.id(), "SC-9001", "construtoras", Optional.of(juliana.id())));
        assertThat(account.accountNumber()).isEqualTo("SC-9001");
        assertThat(account.buyerCompanyName()).isEqualTo("Construtora Horizonte Ltda.");
        assertThat(Acting.asPerson(PATRICIA, null, () -> access.mayBrowse(saborProfile))).isTrue();
        assertThat(Acting.asPerson(PATRICIA, null, () -> requests.ofMyCompany())).filteredOn(r -> r.supplier().equals(sabor)).first()
                .satisfies(r -> {
                    assertThat(r.status()).isEqualTo(AccessRequests.Status.APPROVED);
                    assertThat(r.accountNumber()).contains("SC-9001");
                });
        assertThatThrownBy(() -> Acting.asPerson(HELENA, sabor, () -> {
            requests.decline(asked.id(), "tarde demais");
            return null;
        })).isInstanceOf(AccessRequests.Refused.class).extracting(e -> ((AccessRequests.Refused) e).key()).isEqualTo("access.refused.decided");

        // Sabor's admin heard of the request, Horizonte's purchaser of the account.
        var helena = people.staffOf(sabor, Role.SUPPLIER_ADMIN).getFirst();
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).until(() -> notifications.latest(helena.id(), 50).stream()
                .anyMatch(n -> n.key().equals("access-requested") && n.arguments().getFirst().equals("Construtora Horizonte Ltda.")));
        var patricia = people.ofBuyerCompany(account.buyerCompanyId()).stream().filter(p -> p.username().equals(PATRICIA)).findFirst().orElseThrow();
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).until(() -> notifications.latest(patricia.id(), 50).stream()
                .anyMatch(n -> n.key().equals("access-approved") && n.arguments().contains("SC-9001")));
    }

    @Test
    void throughTheApiACompanysSystemAsksAndTheSuppliersSystemDeclinesWithAReasonTheCompanyReads() {
        var api = new dev.feira.testing.IntegrationApiClient(port);
        String horizonte = api.token("horizonte-compras", "horizonte-compras-secret-123");
        String sabor = api.token("sabor-erp", "sabor-erp-secret-123");
        var wrongCnpj = api.call("POST", "localhost", "/api/v1/access-requests", horizonte, "application/json",
                "{\"supplier\": \"sabor\", \"cnpj\": \"11.222.333/0001-80\"}".getBytes(), "Accept-Language", "pt-BR");
        assertThat(wrongCnpj.statusCode()).isEqualTo(422);
        assertThat(api.body(wrongCnpj).path("detail").asString()).contains("não é um CNPJ válido");
        var asked = api.post("localhost", "/api/v1/access-requests", horizonte, "application/json",
                "{\"supplier\": \"sabor\", \"cnpj\": \"11222333000181\", \"message\": \"Pelo sistema de compras\"}".getBytes());
        assertThat(asked.statusCode()).as(asked.body()).isEqualTo(201);
        String id = api.body(asked).path("id").asString();

        assertThat(api.get("sabor.localhost", "/api/v1/customer-requests", sabor).body()).contains(id, "11.222.333/0001-81");
        var noReason = api.post("sabor.localhost", "/api/v1/customer-requests/" + id + "/decline", sabor, "application/json", "{}".getBytes());
        assertThat(noReason.statusCode()).isEqualTo(422);
        var declined = api.post("sabor.localhost", "/api/v1/customer-requests/" + id + "/decline", sabor, "application/json",
                "{\"reason\": \"Atendemos só panificação\"}".getBytes());
        assertThat(declined.statusCode()).isEqualTo(204);

        var mine = api.body(api.get("localhost", "/api/v1/access-requests", horizonte));
        assertThat(mine.toString()).contains("DECLINED", "Atendemos só panificação");
    }
}
