package dev.feira.browser;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;

import com.icegreen.greenmail.util.GreenMail;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dev.feira.pricing.ConditionsEditor;
import dev.feira.tenancy.TenantDirectory;
import dev.feira.testing.Acting;
import dev.feira.testing.LocalDns;
import dev.feira.testing.LocalStripe;
import dev.feira.testing.Mailbox;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A supplier joins Feira alone, in the browser: signs up from the marketplace (a wrong CNPJ and a taken address are
 * refused on their fields), opens the link from the mail, signs in on its new host — served at once, no restart —
 * brands the portal (a colour too light is refused with a readable one offered), imports its catalog, invites a rep who
 * joins through the link, and takes the portal live: buyers find it on the marketplace.
 */
class SupplierOnboardingBrowserTests extends BrowserTestSupport {

    @Autowired
    GreenMail mail;
    @Autowired
    TenantDirectory tenants;
    @Autowired
    ConditionsEditor conditions;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void aSupplierSignsUpBrandsImportsInvitesAndGoesLive() throws IOException {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String slug = "distribuidora-sul-" + tag;
        String host = slug + ".localhost";
        String admin = "dono." + tag + "@distribuidora-sul.com.br";
        String rep = "vendas." + tag + "@distribuidora-sul.com.br";

        page.navigate(url("localhost", "/"));
        page.locator("#sell-on-feira").click();
        page.waitForURL(u -> u.endsWith("/sell"));
        page.locator("#signup-legalName input").fill("Distribuidora Sul Ltda");
        page.locator("#signup-cnpj input").fill("11.222.333/0001-82");
        page.locator("#signup-street input").fill("Av. Ipiranga, 1000");
        page.locator("#signup-city input").fill("Porto Alegre");
        page.locator("#signup-postalCode input").fill("90160-091");
        page.locator("#signup-adminName input").fill("Sérgio Dono");
        page.locator("#signup-adminEmail input").fill(admin);
        page.locator("#signup-portalName input").fill("Distribuidora Sul " + tag);
        assertThat(page.locator("#signup-slug input")).hasValue(slug);
        assertThat(page.locator("#signup-slug-availability")).containsText(host + " is available");
        page.locator("#signup-send").click();
        assertThat(page.locator("#signup-cnpj")).hasAttribute("invalid", "");
        assertThat(page.locator("#signup-problem")).containsText("check digits");
        screenshot("cnpj-refused");

        page.locator("#signup-cnpj input").fill("11.222.333/0001-81");
        page.locator("#signup-slug input").fill("ferragens");
        assertThat(page.locator("#signup-slug-availability")).containsText("is taken");
        page.locator("#signup-send").click();
        assertThat(page.locator("#signup-slug")).hasAttribute("invalid", "");
        page.locator("#signup-slug input").fill(slug);
        int mails = mail.getReceivedMessages().length;
        page.locator("#signup-send").click();
        assertThat(page.locator("#signup-sent")).containsText(admin);
        org.assertj.core.api.Assertions.assertThat(tenants.byHost(host)).as("nothing opens before the e-mail is verified").isEmpty();

        String link = await().atMost(Duration.ofSeconds(10)).until(() -> Mailbox.link(mail, admin, "sell/verify/", mails), l -> l != null);
        page.navigate(link);
        page.locator("#verify-password input").fill("distribuidora do sul desde 1990");
        page.locator("#verify-again input").fill("distribuidora do sul desde 1990");
        page.locator("#verify-open").click();
        assertThat(page.locator("#verify-continue")).containsText(host);
        page.locator("#verify-continue").click();

        // The new host answers at once, and its sign-in redirect is accepted.
        page.waitForURL(u -> u.startsWith(url("localhost", "/signin")));
        page.locator("input[name=username]").fill(admin);
        page.locator("input[name=password]").fill("distribuidora do sul desde 1990");
        page.locator("vaadin-button[slot=submit], button[type=submit]").first().click();
        page.waitForURL(u -> u.startsWith(url(host, "/onboarding")));
        assertThat(page.locator("#setup-state")).containsText("visible only to your team");
        assertThat(page.locator("#go-live")).isDisabled();

        page.locator("#branding-color > input[slot=input]").fill("#facc15");
        assertThat(page.locator("#branding-contrast")).containsText("hard to read");
        assertThat(page.locator(".portal-preview-header")).hasCSS("background-color", "rgb(250, 204, 21)");
        page.locator("#branding-save").click();
        assertThat(page.locator("#branding-problem")).containsText("hard to read");
        page.locator("#branding-use-suggestion").click();
        assertThat(page.locator("#branding-contrast")).containsText("readable");
        page.locator("#branding-tagline input").fill("Materiais elétricos para todo o Sul");
        page.locator("#branding-logo input[type=file]").setInputFiles(new FilePayload("logo.png", "image/png", png()));
        assertThat(page.locator(".portal-preview-logo")).isVisible();
        screenshot("branding");
        page.locator("#branding-save").click();
        page.waitForLoadState();
        assertThat(page.locator("#portal-name")).containsText("Distribuidora Sul " + tag);
        assertThat(page.locator("[data-step=branding]")).hasAttribute("data-done", "true");

        page.locator("#plan-choice vaadin-radio-button", new com.microsoft.playwright.Page.LocatorOptions().setHasText("Profissional")).click();
        page.waitForLoadState();
        assertThat(page.locator("[data-step=plan]")).hasAttribute("data-done", "true");

        page.navigate(url(host, "/catalog/import"));
        page.locator("#import-upload input[type=file]").setInputFiles(new FilePayload("catalogo.csv", "text/csv",
                ("sku,name,unit,pack_size,list_price,stock\n"
                        + "DS-001,Cabo flexível 2,5 mm² azul (rolo 100 m),RL,1,289.00,40\n"
                        + "DS-002,Disjuntor DIN bipolar 32 A,UN,1,54.90,120\n").replace("2,5 mm²", "2.5 mm²").getBytes(StandardCharsets.UTF_8)));
        assertThat(page.locator("#import-summary")).containsText("2 rows, all correct");
        page.locator("#import-apply").click();
        assertThat(page.locator("#import-result")).containsText("2 rows read");

        page.navigate(url(host, "/people"));
        page.locator("#people-invite").click();
        page.locator("#invite-email input").fill(rep);
        page.locator("#invite-name input").fill("Vera Vendas");
        page.locator("#invite-send").click();
        assertThat(page.locator("#people-pending")).containsText(rep);
        screenshot("people");

        // The first price list (the price-list desk is tested on its own).
        var portal = tenants.byHost(host).orElseThrow();
        Acting.asPerson(admin, portal.id(), () -> {
            conditions.save(new ConditionsEditor.PriceListDraft("BASE", "Tabela base", "BRL", null, null, 0, null, null,
                    List.of(new ConditionsEditor.Tier("DS-001", 1, new BigDecimal("279.00")))));
            return null;
        });
        page.navigate(url(host, "/onboarding"));
        assertThat(page.locator("[data-step=catalog]")).containsText("2 products");
        assertThat(page.locator("[data-step=team]")).hasAttribute("data-done", "true");
        page.locator("#setup-recovery-recommended").click();
        assertThat(page.locator("[data-step=recovery]")).hasAttribute("data-done", "true");
        page.setViewportSize(390, 844);
        screenshot("checklist-390");
        page.setViewportSize(1280, 860);
        page.locator("#go-live").click();
        assertThat(page.locator("#setup-live")).containsText(host);

        // Its own domain: served only once the TXT record is in DNS (a DNS server on loopback answers the look-up).
        String own = "loja-" + tag + ".example.com";
        org.assertj.core.api.Assertions.assertThat(page.request().get(url("localhost", "/tls/allowed?domain=" + own)).status()).isEqualTo(404);
        page.locator("#domain-new input").fill(own);
        page.locator("#domain-add").click();
        var entry = page.locator("[data-domain='" + own + "']");
        assertThat(entry).containsText("_feira-verify." + own);
        entry.locator(".domain-verify").click();
        assertThat(page.locator("#domain-problem")).containsText("was not found yet");
        String record = entry.locator(".own-domain-record code").textContent();
        LocalDns.get().txt("_feira-verify." + own, record.substring(record.indexOf('"') + 1, record.lastIndexOf('"')));
        entry.locator(".domain-verify").click();
        assertThat(entry).hasAttribute("data-status", "VERIFIED");
        screenshot("own-domain");
        org.assertj.core.api.Assertions.assertThat(page.request().get(url("localhost", "/tls/allowed?domain=" + own)).status()).isEqualTo(200);

        // The rep joins through the invitation's link.
        String invitation = await().atMost(Duration.ofSeconds(10)).until(() -> Mailbox.link(mail, rep, "signin/invitation/", mails), l -> l != null);
        var repContext = browser.newContext();
        var repPage = repContext.newPage();
        repPage.navigate(invitation);
        assertThat(repPage.locator("#invitation-explained")).containsText("Distribuidora Sul " + tag);
        repPage.locator("#invitation-password input").fill("vendas no sul com muito cafe");
        repPage.locator("#invitation-again input").fill("vendas no sul com muito cafe");
        repPage.locator("#invitation-accept").click();
        assertThat(repPage.locator("#invitation-sign-in")).isVisible();
        repContext.close();

        // Buyers find it on the marketplace and browse its catalog.
        var buyer = browser.newContext();
        var buyerPage = buyer.newPage();
        buyerPage.navigate(url("localhost", "/"));
        assertThat(buyerPage.locator(".supplier-cards")).containsText("Distribuidora Sul " + tag);
        buyerPage.navigate(url(host, "/catalog"));
        assertThat(buyerPage.locator("#portal-name")).containsText("Distribuidora Sul " + tag);
        buyerPage.navigate(url(own, "/catalog"));
        assertThat(buyerPage.locator("#portal-name")).containsText("Distribuidora Sul " + tag);
        buyerPage.navigate(url("unverified-" + tag + ".example.com", "/catalog"));
        assertThat(buyerPage.locator("body")).containsText("unverified-" + tag + ".example.com");
        buyer.close();

        // Going live subscribed it to its plan with Stripe Billing (the local Stripe-shaped server): its first invoice shows
        // on its Plan and invoices page, and on the operators' side with its GMV.
        String subscription = await().atMost(Duration.ofSeconds(15)).until(() -> jdbc.query(
                "select stripe_subscription from supplier_subscription where about_tenant = ?", (rs, n) -> rs.getString(1),
                portal.id().value()).stream().findFirst().orElse(null), java.util.Objects::nonNull);
        var invoice = LocalStripe.get().invoice(subscription, 59_900, "paid");
        page.navigate(url(host, "/plan"));
        assertThat(page.locator("#billing-status")).containsText("Free trial");
        assertThat(page.locator("#billing-facts")).containsText("Profissional");
        assertThat(page.locator("#billing-invoices")).containsText((String) invoice.get("number"));
        assertThat(page.locator(".invoice-pdf")).hasAttribute("href", (String) invoice.get("invoice_pdf"));
        screenshot("plan-and-invoices");

        var operator = browser.newContext().newPage();
        operator.navigate(url("localhost", "/"));
        operator.locator("#sign-in").click();
        operator.locator("input[name=username]").fill("operador@feira.com.br");
        operator.locator("input[name=password]").fill("feira123");
        operator.locator("vaadin-button[slot=submit], button[type=submit]").first().click();
        operator.waitForURL(u -> u.startsWith(url("localhost", "/")) && !u.contains("/signin"));
        operator.navigate(url("localhost", "/operator/tenants/" + slug));
        assertThat(operator.locator("#tenant-figures")).containsText("R$");
        operator.locator("#tenant-billing").click();
        assertThat(operator.locator("#billing-invoices")).containsText((String) invoice.get("number"));
    }

    private static byte[] png() throws IOException {
        var image = new BufferedImage(60, 30, BufferedImage.TYPE_INT_RGB);
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
