package dev.feira.onboarding;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Currency;
import java.util.UUID;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;

import com.icegreen.greenmail.util.GreenMail;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import dev.feira.catalog.Catalog;
import dev.feira.catalog.ProductSnapshot;
import dev.feira.identity.CatalogAccess;
import dev.feira.identity.Role;
import dev.feira.pricing.ConditionsEditor;
import dev.feira.shared.TenantId;
import dev.feira.tenancy.PortalBranding;
import dev.feira.tenancy.TenantDirectory;
import dev.feira.tenancy.TenantOpening.SlugCheck;
import dev.feira.tenancy.TenantStatus;
import dev.feira.testing.Acting;
import dev.feira.testing.Mailbox;
import dev.feira.testing.MovableClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * A supplier signs up alone: a refused form stores nothing; the link opens the portal on its own host at once (no
 * restart), once; the admin brands it (colour contrast and logo content checked), and it goes live only when the
 * checklist's required steps are done.
 */
@SpringBootTest
@ActiveProfiles("test")
class SupplierOnboardingIntegrationTests {

    static final String CNPJ = "11.222.333/0001-81";

    @Autowired
    SupplierSignups signups;
    @Autowired
    PortalSetup setup;
    @Autowired
    TenantDirectory tenants;
    @Autowired
    CatalogAccess access;
    @Autowired
    Catalog catalog;
    @Autowired
    ConditionsEditor conditions;
    @Autowired
    GreenMail mail;
    @Autowired
    dev.feira.platform.Plans plans;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void timeAsItIs() {
        MovableClock.get().reset();
    }

    @Test
    void aFormWithAWrongCnpjATakenAddressOrAnAddressInUseIsRefusedAndStoresNothing() {
        String email = unique("compras");
        long before = signupCount();
        assertRefused(() -> signups.start(form("11.222.333/0001-82", email, "nova-" + suffix()), Locale.ENGLISH), "cnpj", "signup.cnpj-invalid");
        assertRefused(() -> signups.start(form(CNPJ, email, "ferragens"), Locale.ENGLISH), "slug", "slug.taken");
        assertRefused(() -> signups.start(form(CNPJ, email, "api"), Locale.ENGLISH), "slug", "slug.reserved");
        assertRefused(() -> signups.start(form(CNPJ, email, "-x"), Locale.ENGLISH), "slug", "slug.malformed");
        assertRefused(() -> signups.start(form(CNPJ, "admin@ferragenspaulista.com.br", "nova-" + suffix()), Locale.ENGLISH),
                "adminEmail", "signup.email-taken");
        assertThat(signupCount()).isEqualTo(before);
        assertThat(signups.checkSlug("ferragens")).isEqualTo(SlugCheck.TAKEN);
        assertThat(signups.checkSlug("nova-" + suffix())).isEqualTo(SlugCheck.AVAILABLE);
    }

    @Test
    void theLinkOpensThePortalOnItsOwnHostOnceAndItGoesLiveWhenReady() {
        String email = unique("admin");
        String slug = "atacado-" + suffix();
        int mails = mail.getReceivedMessages().length;
        signups.start(form(CNPJ, email, slug), Locale.forLanguageTag("pt-BR"));
        String link = await().atMost(Duration.ofSeconds(10)).until(() -> Mailbox.link(mail, email, "sell/verify/", mails), l -> l != null);
        String token = Mailbox.token(link);
        assertThat(tenants.byHost(slug + ".localhost")).as("nothing opens before the link").isEmpty();

        assertThat(signups.preview(token).portalName()).isEqualTo("Atacado Teste");
        assertRefused(() -> signups.verify(token, null, "curta"), "password", "password.too-short");
        assertThat(tenants.bySlug(slug)).as("a refused password opens nothing").isEmpty();

        var opened = signups.verify(token, null, "uma frase longa para o atacado");
        var portal = tenants.byHost(slug + ".localhost").orElseThrow();
        assertThat(portal.id()).isEqualTo(opened.tenant());
        assertThat(portal.status()).isEqualTo(TenantStatus.ONBOARDING);
        assertThat(tenants.legalEntity(portal.id()).orElseThrow().cnpj()).isEqualTo("11222333000181");
        assertThat(opened.setupUrl()).endsWith("://" + slug + ".localhost/onboarding"); // no web server here: no port
        assertRefused(() -> signups.verify(token, null, "uma frase longa para o atacado"), null, "signup.link-used");
        assertThat(jdbc.queryForList("select r.role from user_role r join user_account u on u.id = r.user_id where u.username = ?",
                String.class, email)).containsExactly(Role.SUPPLIER_ADMIN.name());
        assertThat(Acting.asPerson(email, portal.id(), () -> access.mayBrowse(portal))).as("its own admin browses it").isTrue();
        assertThat(Acting.asPerson("compras@construtorahorizonte.com.br", portal.id(), () -> access.mayBrowse(portal)))
                .as("buyers do not, until it is live").isFalse();

        Acting.asPerson(email, portal.id(), () -> {
            var progress = setup.progress();
            assertThat(progress.mayGoLive()).isFalse();
            assertThat(progress.steps()).filteredOn(PortalSetup.SetupStep::required).extracting(PortalSetup.SetupStep::key)
                    .containsExactly("branding", "plan", "warehouses", "catalog", "price-list");
            assertRefused(() -> setup.goLive(), null, "setup.missing");

            // Yellow with white text does not read: refused, with a darker yellow that does.
            var refused = catchRefusal(() -> setup.brand(branding("#facc15", null)));
            assertThat(refused.key()).isEqualTo("branding.color-contrast");
            String suggestion = (String) refused.arguments()[1];
            assertThat(dev.feira.onboarding.internal.BrandColors.contrastWithWhite(suggestion)).isGreaterThanOrEqualTo(4.5);
            // A "logo" that is a script named .png is refused by its content.
            assertRefused(() -> setup.brand(branding("#1d4ed8", new TenantDirectory.TenantLogo("<script>alert(1)</script>".getBytes(),
                    "image/png"))), "logo", "branding.logo-type");
            setup.brand(branding(suggestion, new TenantDirectory.TenantLogo(png(), "image/png")));

            plans.choose(portal.id(), "profissional");
            catalog.defineWarehouse("CD1", "Centro de distribuição");
            catalog.save(new ProductSnapshot("AT-1", null, null, "Luva nitrílica", "Caixa com 100", "Feira", "EPI", "CX", 1, 1, 1,
                    new BigDecimal("39.90"), 0));
            catalog.setStock("AT-1", "CD1", 50);
            conditions.save(new ConditionsEditor.PriceListDraft("BASE", "Tabela base", "BRL", null, null, 0, null, null,
                    List.of(new ConditionsEditor.Tier("AT-1", 1, new BigDecimal("39.90")))));
            assertThat(setup.progress().mayGoLive()).isTrue();
            assertThat(setup.useRecommendedRecoveryRules()).as("the playbook's rules").isPositive();
            assertThat(setup.useRecommendedRecoveryRules()).as("only once").isZero();
            assertThat(setup.progress().steps()).filteredOn(st -> st.key().equals("recovery")).extracting(PortalSetup.SetupStep::done)
                    .containsExactly(true);
            assertThat(setup.goLive().status()).isEqualTo(TenantStatus.TRIAL);
            assertRefused(() -> setup.goLive(), null, "setup.live-already");
            return null;
        });
        var live = tenants.bySlug(slug).orElseThrow();
        // Going live starts the plan's trial.
        await().atMost(Duration.ofSeconds(10)).until(() -> Acting.asPerson(email, live.id(), () -> plans.of(live.id())).orElseThrow()
                .trialEndsAt().isPresent());
        assertThat(live.hasLogo()).isTrue();
        assertThat(tenants.logo(live.id()).orElseThrow().contentType()).isEqualTo("image/png");
        assertThat(Acting.asPerson("compras@construtorahorizonte.com.br", live.id(), () -> access.mayBrowse(live)))
                .as("live: buyers browse it").isTrue();
    }

    @Test
    void anExpiredLinkOpensNothing() {
        String email = unique("tarde");
        String slug = "tarde-" + suffix();
        int mails = mail.getReceivedMessages().length;
        signups.start(form(CNPJ, email, slug), Locale.ENGLISH);
        String token = Mailbox.token(await().atMost(Duration.ofSeconds(10)).until(() -> Mailbox.link(mail, email, "sell/verify/", mails), l -> l != null));
        MovableClock.get().advance(SupplierSignups.LINK_VALID.plusMinutes(1));
        assertRefused(() -> signups.verify(token, null, "uma frase longa para o atacado"), null, "signup.link-expired");
        assertThat(tenants.bySlug(slug)).isEmpty();
    }

    @Test
    void theSetupIsTheAdminsOfThatPortalOnly() {
        var ferragens = tenants.bySlug("ferragens").orElseThrow();
        assertThatThrownBy(() -> Acting.asPerson("carlos.lima@ferragenspaulista.com.br", ferragens.id(), setup::progress))
                .as("a sales rep").isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        var sabor = tenants.bySlug("sabor").orElseThrow();
        assertThatThrownBy(() -> Acting.asPerson("admin@ferragenspaulista.com.br", sabor.id(),
                () -> setup.brand(branding("#1d4ed8", null)))).as("another supplier's admin")
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThat(tenants.bySlug("sabor").orElseThrow().primaryColor()).isEqualTo(sabor.primaryColor());
    }

    private static PortalBranding branding(String color, TenantDirectory.TenantLogo logo) {
        return new PortalBranding("Atacado Teste", "Tudo para a sua obra", color, Locale.forLanguageTag("pt-BR"), Currency.getInstance("BRL"), logo);
    }

    private static SupplierSignups.SignupForm form(String cnpj, String email, String slug) {
        return new SupplierSignups.SignupForm("Atacado Teste Ltda", cnpj, "Rua das Flores, 100", "Campinas", "SP", "13010-000",
                "Paula Souza", email, "Atacado Teste", slug);
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field, String key) {
        assertThatThrownBy(call).isInstanceOf(SignupRefused.class)
                .satisfies(e -> {
                    assertThat(((SignupRefused) e).key()).isEqualTo(key);
                    assertThat(((SignupRefused) e).field()).isEqualTo(field);
                });
    }

    private static SignupRefused catchRefusal(Runnable call) {
        try {
            call.run();
        } catch (SignupRefused refused) {
            return refused;
        }
        throw new AssertionError("not refused");
    }

    private long signupCount() {
        return jdbc.queryForObject("select count(*) from supplier_signup", Long.class);
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static String unique(String who) {
        return who + "." + suffix() + "@atacado-teste.com.br";
    }

    static byte[] png() {
        var image = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
