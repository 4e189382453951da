package dev.feira.browser;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dev.feira.identity.BuyerAccountDirectory;
import dev.feira.identity.BuyerAccountProfile;
import dev.feira.ordering.Carts;
import dev.feira.ordering.Orders;
import dev.feira.shared.TenantContext;
import dev.feira.shared.TenantId;
import dev.feira.tenancy.TenantDirectory;
import dev.feira.testing.MovableClock;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Construtora Horizonte leaves a cart of over R$ 60,000 at Ferragens Paulista. Two days later (the
 * clock moved, nothing sleeps) the rule fires and Carlos Lima, its rep, sees it arrive on his open
 * page; he logs a call; the buyer orders and the alert counts as recovered.
 */
class RecoveryBrowserTests extends BrowserTestSupport {

    @Autowired
    Carts carts;
    @Autowired
    Orders orders;
    @Autowired
    BuyerAccountDirectory accounts;
    @Autowired
    TenantDirectory tenants;
    @Autowired
    dev.feira.recovery.RecoveryAlerts recoveryAlerts;

    private final MovableClock clock = MovableClock.get();

    @AfterEach
    void putBack() {
        clock.reset();
        TenantContext.runAs(ferragens(), () -> carts.empty(horizonte()));
    }

    @Test
    void theRepSeesAStalledBigCartLiveLogsACallAndTheOrderCountsAsRecovered() {
        TenantContext.runAs(ferragens(), () -> {
            carts.empty(horizonte());
            carts.add(horizonte(), "FP-00129", 40, null); // 40 × R$ 1.648,70 less Horizonte's discount: over R$ 60.000
        });

        signInAt("ferragens.localhost", "carlos.lima@ferragenspaulista.com.br");
        page.navigate(url("ferragens.localhost", "/recovery/alerts"));
        assertThat(page.locator("#alerts-count")).containsText(java.util.regex.Pattern.compile("\\d alerts?$|No alerts"), PATIENTLY);
        screenshot("inbox-before");

        String badgeBefore = page.locator("#open-alerts-count").textContent();
        clock.advance(Duration.ofHours(49)); // the cart has been idle two days

        // Other carts of the rep's accounts in the shared test application may cross a threshold in the same two
        // days and toast too: this cart's own alert is the row below.
        assertThat(page.locator("vaadin-notification-card").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText(java.util.regex.Pattern.compile("new carts? to recover"))).first()).isVisible(PATIENTLY_VISIBLE);
        var row = page.locator("#alerts-grid vaadin-grid-cell-content").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("Construtora Horizonte"));
        assertThat(row.first()).isVisible();
        assertThat(page.locator("#alerts-grid")).containsText("Carrinho grande parado há 48 h");
        assertThat(page.locator("#open-alerts-count")).not().hasText(badgeBefore); // the header badge counted it too
        screenshot("inbox-live");

        row.first().click();
        page.waitForURL(u -> u.contains("/recovery/alerts/"));
        assertThat(page.locator("#alert-cart")).containsText("FP-00129");
        // Whom to call: Patrícia, with her phone and a WhatsApp chat.
        assertThat(page.locator("#alert-contacts")).containsText("Patrícia Mendes");
        assertThat(page.locator("#alert-contacts a[href^='tel:']").first()).hasText("+55 11 98765-4321");
        assertThat(page.locator("#alert-contacts .buyer-contact-whatsapp").first()).hasAttribute("href", "https://wa.me/5511987654321");
        page.locator("#contact-note textarea").fill("Called Patrícia: the budget is with the site engineer.");
        page.locator("#contact-log").click();
        assertThat(page.locator("#alert-history")).containsText("Phone call", PATIENTLY);
        assertThat(page.locator("#alert-history")).containsText("the budget is with the site engineer");
        screenshot("call-logged");
        String alertPage = page.url();
        page.navigate(url("ferragens.localhost", "/recovery/dashboard")); // what recovery did so far (the demo has weeks of it)
        int recoveredBefore = Integer.parseInt(page.locator("#metrics-recovered .metric-value").textContent().strip());
        var valueBefore = amount(page.locator("#metrics-value-recovered .metric-value").textContent());
        page.navigate(alertPage);

        clock.reset(); // the buyer orders today
        var order = TenantContext.callAs(ferragens(), () -> orders.place(horizonte(), UUID.randomUUID().toString()));
        try {
            // The order reaches the recovery module through the event registry; then the page shows it
            UUID alert = UUID.fromString(page.url().substring(page.url().lastIndexOf('/') + 1));
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> TenantContext.callAs(ferragens(),
                    () -> recoveryAlerts.byId(alert).status()) == dev.feira.recovery.RecoveryAlerts.Status.RECOVERED);
            page.reload();
            assertThat(page.locator("#alert-status")).hasText("Recovered");
            assertThat(page.locator("body")).containsText(order.number());
            screenshot("recovered");

            // The dashboard counts it, and its Excel export says the same (two days on: the alert was raised then)
            clock.advance(Duration.ofHours(49));
            page.navigate(url("ferragens.localhost", "/recovery/dashboard"));
            assertThat(page.locator("#metrics-buyers")).containsText("Construtora Horizonte", PATIENTLY);
            assertThat(page.locator("#metrics-recovered .metric-value")).hasText(String.valueOf(recoveredBefore + 1));
            String recovered = page.locator("#metrics-recovered .metric-value").textContent().strip();
            org.assertj.core.api.Assertions.assertThat(amount(page.locator("#metrics-value-recovered .metric-value").textContent()))
                    .isEqualByComparingTo(valueBefore.add(order.total().amount()));
            screenshot("dashboard");
            var download = page.waitForDownload(() -> page.locator("#metrics-export").click());
            try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(download.createReadStream())) {
                var summary = workbook.getSheet("Summary");
                var figure = java.util.stream.StreamSupport.stream(summary.spliterator(), false)
                        .filter(r -> r.getCell(0).getStringCellValue().equals("Recovered")).findFirst().orElseThrow();
                org.assertj.core.api.Assertions.assertThat((int) figure.getCell(1).getNumericCellValue()).isEqualTo(Integer.parseInt(recovered));
                org.assertj.core.api.Assertions.assertThat(workbook.getSheet("By buyer").getRow(1).getCell(1).getStringCellValue()).isNotBlank();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        } finally {
            TenantContext.runAs(ferragens(), () -> orders.cancel(horizonte(), order.id(), "test"));
        }
    }

    /**
     * A week on, Ferragens' rules ask Carlos for a call and offer Construtora Horizonte a discount
     * that grew 0.5 % a day: he works his call list; Patrícia finds the offer in her cart.
     */
    @Test
    void theRepWorksHisCallListAndTheBuyerFindsTheGrowingDiscountInTheCart() {
        TenantContext.runAs(ferragens(), () -> {
            carts.empty(horizonte());
            carts.add(horizonte(), "FP-00129", 40, null);
        });
        UUID cart = TenantContext.callAs(ferragens(), () -> carts.inspect(horizonte()).id());
        clock.advance(Duration.ofDays(7).plusHours(1)); // idle a week: the call rule (3 days) and the discount rule (7 days) fire

        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> TenantContext.callAs(ferragens(),
                () -> recoveryAlerts.callsToMake(0, 500).stream().anyMatch(a -> a.cart().equals(cart))
                        && recoveryAlerts.visible(java.util.Set.of(), 0, 500).stream().anyMatch(a -> a.cart().equals(cart)
                        && a.offer().flatMap(dev.feira.recovery.RecoveryAlerts.Offer::madeAt).isPresent())));
        var call = TenantContext.callAs(ferragens(), () -> recoveryAlerts.callsToMake(0, 500)).stream()
                .filter(a -> a.cart().equals(cart)).findFirst().orElseThrow();

        signInAt("ferragens.localhost", "carlos.lima@ferragenspaulista.com.br");
        page.navigate(url("ferragens.localhost", "/recovery/calls"));
        assertThat(page.locator("#calls-grid")).containsText("Construtora Horizonte", PATIENTLY);
        assertThat(page.locator("#calls-grid")).containsText("Carrinho parado 3 dias — ligar");
        screenshot("calls");
        page.locator("#call-" + call.id()).click();
        page.locator("#call-note textarea").fill("Patrícia: the order goes out this week, with the discount.");
        page.locator("#call-save").click();
        assertThat(page.locator("vaadin-notification-card").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("Call to Construtora Horizonte Ltda. logged"))).isVisible(PATIENTLY_VISIBLE);
        assertThat(page.locator("#call-" + call.id())).isHidden(); // off the list
        org.assertj.core.api.Assertions.assertThat(TenantContext.callAs(ferragens(), () -> recoveryAlerts.byId(call.id())).contacts())
                .singleElement().satisfies(contact -> org.assertj.core.api.Assertions.assertThat(contact.note())
                        .contains("the order goes out this week"));
        screenshot("call-made");

        // The alert that made the offer tells Carlos what Patrícia sees, and how it grows
        var offering = TenantContext.callAs(ferragens(), () -> recoveryAlerts.visible(java.util.Set.of(), 0, 500)).stream()
                .filter(a -> a.cart().equals(cart) && a.offer().isPresent()).findFirst().orElseThrow();
        page.navigate(url("ferragens.localhost", "/recovery/alerts/" + offering.id()));
        assertThat(page.locator("#alert-offer")).containsText("3.5% today, growing 0.5% per idle day up to 5%", PATIENTLY);
        assertThat(page.locator("#alert-history")).containsText("Discount offered in the cart");
        screenshot("alert-offer");

        try (var patricia = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setLocale("en-US")
                .setViewportSize(1280, 860))) {
            page = patricia.newPage();
            signInAt("ferragens.localhost", "compras@construtorahorizonte.com.br");
            page.navigate(url("ferragens.localhost", "/cart"));
            // Seven idle days at 0.5 % a day (the cap is 5 %)
            assertThat(page.locator("#cart-offer")).containsText("3.5% off", PATIENTLY);
            assertThat(page.locator("#cart-payable")).containsText("To pay: R$");
            screenshot("offer-in-cart");
        }
    }

    private TenantId ferragens() {
        return tenants.bySlug("ferragens").orElseThrow().id();
    }

    private BuyerAccountProfile horizonte() {
        return TenantContext.callAs(ferragens(), () -> accounts.byAccountNumber("FP-10021").orElseThrow());
    }

    /** An amount as the English page writes it ("R$61,234.50"). */
    private static java.math.BigDecimal amount(String shown) {
        return new java.math.BigDecimal(shown.replaceAll("[^0-9.]", ""));
    }
}
