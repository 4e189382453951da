package dev.feira.browser;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dev.feira.catalog.Catalog;
import dev.feira.identity.BuyerAccountDirectory;
import dev.feira.ordering.Carts;
import dev.feira.rfq.BuyerRfq;
import dev.feira.rfq.RfqId;
import dev.feira.rfq.Rfqs;
import dev.feira.shared.TenantContext;
import dev.feira.tenancy.TenantDirectory;
import dev.feira.testing.Acting;
import dev.feira.testing.MovableClock;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The RFQ marketplace as its people click through it: a purchaser writes an RFQ on the marketplace and sends it to two
 * suppliers; one rep quotes from the buyer's own prices and revises, the other supplier declines; the sealed prices
 * open to the buyer at the deadline, side by side with the best one marked.
 */
class RfqBrowserTests extends BrowserTestSupport {

    private final java.util.List<BrowserContext> others = new java.util.ArrayList<>();

    @Autowired
    TenantDirectory tenants;
    @Autowired
    BuyerAccountDirectory accounts;
    @Autowired
    Carts carts;
    @Autowired
    Catalog catalog;
    @Autowired
    Rfqs rfqs;

    @AfterEach
    void timeAsItIs() {
        MovableClock.get().reset();
        others.forEach(BrowserContext::close);
    }

    @Test
    void aBuyerAsksTwoSuppliersOneQuotesAndRevisesTheOtherDeclinesAndSealedPricesOpenAtTheDeadline() {
        // The purchaser, in English, on the marketplace.
        page.navigate(url("localhost", "/"));
        signIn("compras@construtorahorizonte.com.br", "feira123");
        page.waitForURL(u -> u.startsWith(url("localhost", "/")) && !u.contains("/signin"));
        page.navigate(url("localhost", "/rfqs"));
        assertThat(page.locator("#rfqs-status")).containsText("All"); // no status chosen: all, not a missing text
        page.locator("#rfq-new").click();
        page.locator("#rfq-title input").fill("Jardins site — fixings");
        addLine("Hex bolt M8 x 40", "500");
        addLine("Nylon anchor 8 mm", "1000");
        page.locator("#rfq-publish").click();
        assertThat(page.locator("#rfq-refusal")).containsText("Choose at least one supplier");

        var deadline = LocalDateTime.now(ZoneId.of("America/Sao_Paulo")).plusMinutes(30);
        page.locator("#rfq-deadline vaadin-date-picker input").fill(deadline.format(DateTimeFormatter.ofPattern("M/d/yyyy")));
        page.locator("#rfq-deadline vaadin-date-picker input").press("Enter");
        page.locator("#rfq-deadline vaadin-time-picker input").fill(deadline.format(DateTimeFormatter.ofPattern("h:mm a", java.util.Locale.US)));
        page.locator("#rfq-deadline vaadin-time-picker input").press("Enter");
        page.locator("#rfq-suppliers input").click();
        page.locator("vaadin-multi-select-combo-box-item", new Page.LocatorOptions().setHasText("Ferragens")).click();
        page.locator("vaadin-multi-select-combo-box-item", new Page.LocatorOptions().setHasText("Escritório")).click();
        page.locator("#rfq-suppliers input").press("Escape");
        screenshot("buyer-writes");
        page.locator("#rfq-publish").click();
        assertThat(page.locator("#rfq-status")).hasText("Open for quotes");
        page.waitForURL(u -> u.matches(".*/rfqs/[0-9a-f-]{36}$"));
        String rfqUrl = page.url();
        String number = page.locator("h2").first().innerText().split(" ")[0];

        // Ferragens' rep, in Portuguese on a phone: the inbox shows the time left; the quote starts from the buyer's price.
        var rep = asPerson("ferragens.localhost", "carlos.lima@ferragenspaulista.com.br", "pt-BR");
        rep.setViewportSize(390, 844);
        rep.navigate(url("ferragens.localhost", "/catalog/quotes"));
        assertThat(rep.locator("#quotes-grid")).containsText(number, PATIENTLY);
        assertThat(rep.locator("#quotes-grid")).containsText("vence nesta hora"); // answer by the deadline, 30 minutes away
        rep.locator("#quotes-grid").getByText(number).click();
        assertThat(rep.locator("#quote-status")).hasText("Aberta");
        rep.locator(".quote-price input").nth(0).fill("0,48");
        rep.locator(".quote-price input").nth(1).fill("0,12");
        rep.locator("#quote-submit").click();
        assertThat(rep.locator("#quote-status")).hasText("Cotada");
        rep.locator(".quote-price input").nth(0).fill("0,45");
        rep.locator("#quote-submit").click();
        assertThat(rep.locator("#quote-revisions")).containsText("Carlos Lima");
        assertThat(rep.locator("#quote-revisions vaadin-grid-cell-content").getByText("2", new com.microsoft.playwright.Locator.GetByTextOptions().setExact(true))).isVisible();
        rep.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(testName + "-rep-quotes-pt-390.png")).setFullPage(true));

        // Escritório's admin declines, with a reason the buyer reads.
        var other = asPerson("escritorio.localhost", "admin@escritoriototal.com.br", "pt-BR");
        other.navigate(url("escritorio.localhost", "/catalog/quotes"));
        other.locator("#quotes-grid").getByText(number).click();
        other.locator("#quote-decline-reason input").fill("Não trabalhamos com fixadores");
        other.locator("#quote-decline").click();
        assertThat(other.locator("#quote-status")).hasText("Recusada");

        // Sealed: before the deadline the buyer sees who answered, not what.
        page.navigate(rfqUrl);
        assertThat(page.locator("#rfq-answers")).containsText("Quoted");
        assertThat(page.locator("#rfq-answers")).containsText("Declined");
        assertThat(page.locator("#rfq-compare-empty")).containsText("Sealed quotes");
        assertThat(page.locator("body")).not().containsText("0.45");

        MovableClock.get().advance(Duration.ofMinutes(31));
        page.navigate(rfqUrl);
        assertThat(page.locator("#rfq-status")).hasText("Closed for quotes");
        assertThat(page.locator("#rfq-comparison")).containsText("R$0.45");
        assertThat(page.locator("#rfq-comparison .best-price").first()).isVisible();
        assertThat(page.locator("#rfq-comparison")).not().containsText("0.48"); // the latest revision counts
        page.setViewportSize(390, 844);
        screenshot("buyer-compares-390");

        // The award: both lines to Ferragens, the only one that quoted; it becomes an order there at the quoted prices.
        page.setViewportSize(1280, 860);
        assertThat(page.locator("#rfq-award")).containsText("Ferragens");
        page.locator("#rfq-award-submit").click();
        assertThat(page.locator("#rfq-status")).hasText("Ordered");
        assertThat(page.locator("#rfq-awarded")).containsText("PED-");
        assertThat(page.locator("#rfq-answers")).containsText("Awarded");
        screenshot("buyer-awarded");
        rep.navigate(url("ferragens.localhost", "/catalog/quotes"));
        assertThat(rep.locator("#quotes-grid")).containsText("Ganha");
    }

    @Test
    void aCartStartsAnRfqWithItsProductsAndItsSupplierAsked() {
        var ferragens = tenants.bySlug("ferragens").orElseThrow().id();
        var horizonte = TenantContext.callAs(ferragens, () -> accounts.byAccountNumber("FP-10021")).orElseThrow();
        TenantContext.runAs(ferragens, () -> {
            carts.empty(horizonte);
            carts.add(horizonte, "FP-00092", 100, null);
        });
        try {
            signInAt("ferragens.localhost", "compras@construtorahorizonte.com.br");
            page.navigate(url("ferragens.localhost", "/cart"));
            page.locator("#cart-ask-quotes").click();
            var product = TenantContext.callAs(ferragens, () -> catalog.bySku("FP-00092")).orElseThrow();
            assertThat(page.locator("#rfq-lines")).containsText(product.name());
            assertThat(page.locator("#rfq-lines")).containsText("100");
            screenshot("rfq-from-cart");
            page.locator("#rfq-title input").fill("Do carrinho");
            page.locator("#rfq-save").click();
            page.waitForURL(u -> u.matches(".*/rfqs/[0-9a-f-]{36}$"));
            var id = new RfqId(UUID.fromString(page.url().substring(page.url().lastIndexOf('/') + 1)));
            var draft = Acting.asPerson("compras@construtorahorizonte.com.br", null, () -> rfqs.byId(id)).orElseThrow();
            assertThat(draft.answers()).extracting(BuyerRfq.Answer::supplier).containsExactly(ferragens);
            assertThat(draft.lines()).singleElement().satisfies(line -> {
                assertThat(line.sku()).isEqualTo("FP-00092");
                assertThat(line.supplier()).isEqualTo(ferragens);
                assertThat(line.quantity()).isEqualTo(100);
            });
        } finally {
            TenantContext.runAs(ferragens, () -> carts.empty(horizonte));
        }
    }

    private void addLine(String item, String quantity) {
        page.locator("#rfq-line-description input").fill(item);
        page.locator("#rfq-line-quantity input").fill(quantity);
        page.locator("#rfq-line-add").click();
        assertThat(page.locator("#rfq-lines")).containsText(item);
    }

    /** Another person in a browser of their own, signed in at a supplier's portal. */
    private Page asPerson(String host, String username, String locale) {
        BrowserContext own = browser.newContext(new Browser.NewContextOptions().setLocale(locale).setViewportSize(1280, 860));
        others.add(own);
        Page other = own.newPage();
        other.setDefaultTimeout(30_000);
        other.navigate(url(host, "/catalog"));
        other.locator("#sign-in").click();
        other.waitForURL(u -> u.startsWith(url("localhost", "/signin")));
        other.locator("input[name=username]").fill(username);
        other.locator("input[name=password]").fill("feira123");
        other.locator("vaadin-button[slot=submit], button[type=submit]").first().click();
        other.waitForURL(u -> u.startsWith(url(host, "/")));
        return other;
    }
}
