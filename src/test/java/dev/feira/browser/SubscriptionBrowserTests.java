package dev.feira.browser;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.Locale;
import java.util.UUID;

import com.microsoft.playwright.Browser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import dev.feira.identity.AccountOpening;
import dev.feira.platform.Plans;
import dev.feira.tenancy.LegalEntity;
import dev.feira.tenancy.TenantOpening;
import dev.feira.testing.Acting;
import dev.feira.testing.LocalStripe;
import dev.feira.testing.MovableClock;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A supplier's subscription as its admin lives it, in Portuguese on a phone, with the clock advanced: the trial, the
 * first invoice failing (Stripe's signed event posted to the billing endpoint), the portal suspended once the grace
 * period is over, and open again the moment Stripe reports the invoice paid.
 */
class SubscriptionBrowserTests extends BrowserTestSupport {

    static final String PASSWORD = "uma frase longa para a assinatura";

    @Autowired
    TenantOpening opening;
    @Autowired
    AccountOpening accounts;
    @Autowired
    Plans plans;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationContext context;

    @AfterEach
    void timeAsItIs() {
        MovableClock.get().reset();
    }

    @Test
    void trialUnpaidSuspendedPaidAsTheSuppliersAdminSeesIt() throws Exception {
        String slug = "padaria-" + UUID.randomUUID().toString().substring(0, 6);
        String host = slug + ".localhost";
        String admin = "dona@" + slug + ".com.br";
        var portal = opening.open(slug, "Padaria Assinante", Locale.forLanguageTag("pt-BR"), Currency.getInstance("BRL"),
                new LegalEntity("Padaria Assinante Ltda", "11222333000181", "Rua E, 5", "Curitiba", "PR", "80010-000"));
        accounts.openSupplierAdmin(portal.id(), admin, "Dona Padaria", PASSWORD, Locale.forLanguageTag("pt-BR"));
        Acting.asPerson("operador@feira.com.br", null, () -> plans.choose(portal.id(), "basico"));
        opening.goLive(portal.id(), admin);
        String subscription = await().atMost(Duration.ofSeconds(15)).until(() -> jdbc.query(
                "select stripe_subscription from supplier_subscription where about_tenant = ?", (rs, n) -> rs.getString(1),
                portal.id().value()).stream().findFirst().orElse(null), java.util.Objects::nonNull);

        try (var phone = browser.newContext(new Browser.NewContextOptions().setLocale("pt-BR").setViewportSize(390, 844))) {
            page = phone.newPage();
            page.navigate(url(host, "/catalog"));
            page.locator("#sign-in").click();
            page.locator("input[name=username]").fill(admin);
            page.locator("input[name=password]").fill(PASSWORD);
            page.locator("vaadin-button[slot=submit], button[type=submit]").first().click();
            page.waitForURL(u -> u.startsWith(url(host, "/")));
            page.navigate(url(host, "/plan"));
            assertThat(page.locator("#billing-status")).containsText("Período grátis");
            screenshot("trial-390");

            // The trial is over and the first invoice fails.
            MovableClock.get().advance(Duration.ofDays(15));
            var invoice = LocalStripe.get().invoice(subscription, 19_900, "open");
            LocalStripe.get().subscriptionStatus(subscription, "past_due");
            post(LocalStripe.get().billingEvent("invoice.payment_failed", (String) invoice.get("id")));
            page.navigate(url(host, "/plan"));
            assertThat(page.locator("#billing-status")).containsText("Fatura em aberto");
            assertThat(page.locator("#billing-invoices")).containsText("Em aberto");
            screenshot("past-due-390");

            // The grace period is over: suspended — its portal says so, to its admin too.
            MovableClock.get().advance(Duration.ofDays(8));
            dunning();
            page.navigate(url(host, "/catalog"));
            assertThat(page.locator("#tenant-unavailable")).containsText("temporariamente indisponível");
            screenshot("suspended-390");

            // Paid: open again at once.
            LocalStripe.get().invoiceStatus((String) invoice.get("id"), "paid");
            LocalStripe.get().subscriptionStatus(subscription, "active");
            post(LocalStripe.get().billingEvent("invoice.paid", (String) invoice.get("id")));
            page.navigate(url(host, "/plan"));
            assertThat(page.locator("#billing-status")).containsText("Ativo");
            assertThat(page.locator("#billing-invoices")).containsText("Paga");
            screenshot("paid-390");
        }
    }

    /** Stripe posting a signed event to the platform's billing endpoint. */
    private void post(String event) throws Exception {
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url("localhost", "/webhooks/stripe-billing")))
                .header("Content-Type", "application/json")
                .header("Stripe-Signature", LocalStripe.signature(event, LocalStripe.BILLING_WEBHOOK_SECRET, Instant.now()))
                .POST(HttpRequest.BodyPublishers.ofString(event)).build(), HttpResponse.BodyHandlers.ofString());
        org.assertj.core.api.Assertions.assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    /** The hourly dunning sweep, now (as any instance runs it). */
    private void dunning() throws Exception {
        Object desk = org.springframework.test.util.AopTestUtils.getUltimateTargetObject(context.getBean("subscriptionDesk"));
        var sweep = desk.getClass().getDeclaredMethod("dunning");
        sweep.setAccessible(true);
        sweep.invoke(desk);
    }
}
