package dev.feira.platform;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipInputStream;

import com.icegreen.greenmail.util.GreenMail;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

import dev.feira.identity.AccountOpening;
import dev.feira.identity.SupportAccess;
import dev.feira.tenancy.LegalEntity;
import dev.feira.tenancy.TenantDirectory;
import dev.feira.tenancy.TenantOpening;
import dev.feira.tenancy.TenantStatus;
import dev.feira.testing.Acting;
import dev.feira.testing.Mailbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * A supplier takes its data whole (every sheet as CSV and XLSX in one zip); nobody else can; cancelling a supplier
 * exports first, through support access the supplier sees, and mails its admins a link to the zip.
 */
@SpringBootTest
@ActiveProfiles("test")
class TenantDataExportIntegrationTests {

    static final String OPERATOR = "operador@feira.com.br";

    @Autowired
    TenantDataExport exports;
    @Autowired
    TenantDirectory tenants;
    @Autowired
    TenantOpening opening;
    @Autowired
    AccountOpening accounts;
    @Autowired
    SupportAccess support;
    @Autowired
    GreenMail mail;

    @Test
    void aSupplierAdminExportsEverySheetAsCsvAndXlsx() throws IOException {
        var ferragens = tenants.bySlug("ferragens").orElseThrow().id();
        var zip = unzip(Acting.asPerson("admin@ferragenspaulista.com.br", ferragens, exports::export));
        assertThat(zip.keySet()).contains("products.csv", "products.xlsx", "prices.csv", "stock.csv", "accounts.csv", "accounts.xlsx",
                "orders.csv", "order-lines.csv", "discounts.csv", "promotions.csv", "recovery-alerts.csv");
        assertThat(zip.get("products.csv")).contains("sku").contains("FP-");
        assertThat(zip.get("accounts.csv")).contains("FP-10021").contains("Construtora Horizonte");
        assertThat(zip.get("accounts.csv")).doesNotContain("null");
    }

    @Test
    void nobodyElseExportsASuppliersData() {
        var ferragens = tenants.bySlug("ferragens").orElseThrow();
        assertThatThrownBy(() -> Acting.asPerson("admin@sabordocampo.com.br", ferragens.id(), exports::export)).as("another supplier's admin")
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> Acting.asPerson("carlos.lima@ferragenspaulista.com.br", ferragens.id(), exports::export)).as("a rep")
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> Acting.asPerson(OPERATOR, ferragens.id(), exports::export)).as("an operator without support access")
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> Acting.asPerson("admin@ferragenspaulista.com.br", ferragens.id(),
                () -> exports.cancel(ferragens.id(), "no", Locale.ENGLISH))).as("a supplier cancelling").isInstanceOf(AccessDeniedException.class);
        assertThat(tenants.bySlug("ferragens").orElseThrow().status()).isNotEqualTo(TenantStatus.CANCELLED);
    }

    @Test
    void cancellingExportsFirstAndMailsTheAdminsTheLink() throws IOException {
        String slug = "saindo-" + UUID.randomUUID().toString().substring(0, 8);
        var leaving = opening.open(slug, "Saindo Ltda", Locale.forLanguageTag("pt-BR"), Currency.getInstance("BRL"),
                new LegalEntity("Saindo Ltda", "11222333000181", "Rua A, 1", "Santos", "SP", "11010-000"));
        String admin = "dono@" + slug + ".com.br";
        accounts.openSupplierAdmin(leaving.id(), admin, "Dono", "uma frase longa para quem vai sair", Locale.forLanguageTag("pt-BR"));
        int mails = mail.getReceivedMessages().length;

        String token = Acting.asPerson(OPERATOR, null, () -> exports.cancel(leaving.id(), "Contract ended", Locale.ENGLISH));

        assertThat(tenants.byId(leaving.id()).orElseThrow().status()).isEqualTo(TenantStatus.CANCELLED);
        assertThat(unzip(exports.download(token).orElseThrow())).containsKeys("products.csv", "orders.xlsx");
        assertThat(exports.download("forged")).isEmpty();
        String link = await().atMost(Duration.ofSeconds(10)).until(() -> Mailbox.link(mail, admin, "exports/", mails), l -> l != null);
        assertThat(Mailbox.token(link)).isEqualTo(token);
        assertThat(Acting.asPerson(OPERATOR, null, () -> support.history(leaving.id()))).as("the export was read under support access")
                .anySatisfy(s -> assertThat(s.reason()).contains("Contract ended"));
        assertThat(support.current(leaving.id())).as("and it ended").isEmpty();
    }

    private static Map<String, String> unzip(byte[] zip) throws IOException {
        var entries = new LinkedHashMap<String, String>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return entries;
    }
}
