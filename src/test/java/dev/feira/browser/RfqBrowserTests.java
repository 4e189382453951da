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

    /**
     * The whole marketplace flow: three lines to three suppliers. Ferragens' rep quotes and revises, Escritório declines,
     * Sabor misses its one-hour promise (its manager is told) and quotes late; a round of negotiation with Ferragens;
     * the buyer compares landed costs and awards the lines split across two suppliers; the orders, over the purchaser's
     * limit, wait for the approver, who approves, at the quoted prices. Nobody sees another supplier's price.
     */
    @Test
    void threeSuppliersAskedOneRevisesOneDeclinesOneIsLateARoundThenASplitAwardTheApproverApproves() {
        var ferragens = tenants.bySlug("ferragens").orElseThrow().id();
        var sabor = tenants.bySlug("sabor").orElseThrow().id();
        var zone = ZoneId.of("America/Sao_Paulo");
        var fernanda = people.ofBuyerCompany(vale()).stream().filter(p -> p.username().equals(FERNANDA)).findFirst().orElseThrow();
        asBuyerAdmin(FERNANDA, () -> policy.setLimits(vale(), fernanda.id(), new java.math.BigDecimal("100"), null));

        // Sabor's admin promises a first answer within an hour.
        var helena = asPerson("sabor.localhost", "admin@sabordocampo.com.br", "pt-BR");
        helena.navigate(url("sabor.localhost", "/catalog/quotes"));
        helena.locator("#quotes-response-time input").fill("1");
        helena.locator("#quotes-response-time-save").click();
        assertThat(helena.locator("vaadin-notification-card").last()).containsText("1 hora", PATIENTLY);

        // Metalúrgica Vale's purchaser asks three suppliers, sealed, answers within two hours.
        signInAt("localhost", FERNANDA);
        page.navigate(url("localhost", "/rfqs/new"));
        page.locator("#rfq-title input").fill("Maintenance stop — supplies");
        addLine("Hex bolt M10 x 50", "400");
        addLine("Leather work gloves", "60");
        addLine("Ground coffee 500 g", "30");
        var deadline = LocalDateTime.ofInstant(MovableClock.get().instant(), zone).plusHours(2);
        fillDeadline("#rfq-deadline", deadline);
        for (String supplier : new String[] {"Ferragens", "Escritório", "Sabor"}) {
            page.locator("#rfq-suppliers input").click();
            page.locator("vaadin-multi-select-combo-box-item", new Page.LocatorOptions().setHasText(supplier)).click();
        }
        page.locator("#rfq-suppliers input").press("Escape");
        page.locator("#rfq-publish").click();
        assertThat(page.locator("#rfq-status")).hasText("Open for quotes");
        page.waitForURL(u -> u.matches(".*/rfqs/[0-9a-f-]{36}$"));
        String rfqUrl = page.url();
        String number = page.locator("h2").first().innerText().split(" ")[0];

        // Ferragens' rep quotes the bolts and gloves, then revises the bolts.
        var carlos = asPerson("ferragens.localhost", "carlos.lima@ferragenspaulista.com.br", "pt-BR");
        openInvitation(carlos, "ferragens.localhost", number);
        carlos.locator(".quote-price input").nth(0).fill("1,20");
        carlos.locator(".quote-price input").nth(1).fill("18,00");
        carlos.locator("#quote-submit").click();
        assertThat(carlos.locator("#quote-status")).hasText("Cotada");
        // The buyer's page, left open, hears of the answer as it arrives.
        assertThat(page.locator("#rfq-answers")).containsText("Quoted", PATIENTLY);
        assertThat(page.locator("vaadin-notification-card").getByText("A supplier answered").first()).isVisible();
        carlos.locator(".quote-price input").nth(0).fill("1,10");
        carlos.locator("#quote-submit").click();
        assertThat(carlos.locator("#quote-revisions")).containsText("Carlos Lima");

        // Escritório declines.
        var beatriz = asPerson("escritorio.localhost", "admin@escritoriototal.com.br", "pt-BR");
        openInvitation(beatriz, "escritorio.localhost", number);
        beatriz.locator("#quote-decline-reason input").fill("Fora do nosso sortimento");
        beatriz.locator("#quote-decline").click();
        assertThat(beatriz.locator("#quote-status")).hasText("Recusada");

        // Sabor lets its hour pass: its manager is told, and the inbox says it is late.
        var helenaId = people.staffOf(sabor, dev.feira.identity.Role.SUPPLIER_ADMIN).getFirst().id();
        MovableClock.get().advance(Duration.ofMinutes(61));
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> notifications.latest(helenaId, 50).stream()
                .anyMatch(n -> n.key().equals("rfq-overdue") && n.arguments().getFirst().equals(number)));
        helena.navigate(url("sabor.localhost", "/catalog/quotes"));
        assertThat(helena.locator("#quotes-grid")).containsText("atrasada", PATIENTLY);
        var juliana = asPerson("sabor.localhost", "juliana.rocha@sabordocampo.com.br", "pt-BR");
        openInvitation(juliana, "sabor.localhost", number);
        assertThat(juliana.locator("body")).not().containsText("1,10"); // sealed: never another supplier's price
        juliana.locator(".quote-price input").nth(2).fill("24,90");
        juliana.locator("#quote-submit").click();
        assertThat(juliana.locator("#quote-status")).hasText("Cotada");

        // Before the deadline the buyer sees who answered, not what.
        page.navigate(rfqUrl);
        assertThat(page.locator("#rfq-answers")).containsText("Declined");
        assertThat(page.locator("#rfq-compare-empty")).containsText("Sealed quotes");
        assertThat(page.locator("body")).not().containsText("1.10");

        // At the deadline the quotes open; the buyer asks Ferragens alone to come down on the bolts.
        MovableClock.get().advance(Duration.ofMinutes(60));
        page.navigate(rfqUrl);
        assertThat(page.locator("#rfq-status")).hasText("Closed for quotes");
        assertThat(page.locator("#rfq-comparison")).containsText("R$1.10");
        assertThat(page.locator("#rfq-comparison .landed-cost").first()).isVisible();
        page.locator("#round-suppliers vaadin-checkbox", new Page.LocatorOptions().setHasText("Sabor")).locator("input").uncheck();
        page.locator(".round-target input").nth(0).fill("1.00");
        page.locator("#round-note textarea").fill("Can you meet 1.00 on the bolts?");
        fillDeadline("#round-deadline", LocalDateTime.ofInstant(MovableClock.get().instant(), zone).plusMinutes(30));
        page.locator("#round-open").click();
        assertThat(page.locator("#rfq-status")).hasText("Negotiating");

        openInvitation(carlos, "ferragens.localhost", number);
        assertThat(carlos.locator(".quote-round-target").first()).containsText("1");
        carlos.locator(".quote-price input").nth(0).fill("1,00");
        carlos.locator("#quote-submit").click();
        carlos.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(testName + "-round-revision-pt.png")).setFullPage(true));
        assertThat(carlos.locator("#quote-refusal")).isEmpty();
        assertThat(carlos.locator("vaadin-notification-card").last()).containsText("Revisão 3 enviada", PATIENTLY);

        // The round closes; the award starts from the best landed cost per line: bolts and gloves to Ferragens, coffee to Sabor.
        MovableClock.get().advance(Duration.ofMinutes(31));
        page.navigate(rfqUrl);
        assertThat(page.locator("#rfq-status")).hasText("Closed for quotes");
        assertThat(page.locator("#rfq-comparison")).containsText("R$1.00");
        page.setViewportSize(390, 844);
        screenshot("split-compare-390");
        page.setViewportSize(1280, 860);
        page.locator("#rfq-award-submit").click();
        assertThat(page.locator("#rfq-status")).hasText("Ordered", PATIENTLY_HAS_TEXT);
        assertThat(page.locator("vaadin-notification-card").last()).containsText("2 orders placed");
        var awarded = rfqs(FERNANDA).awarded();
        assertThat(awarded).extracting(a -> a.supplier()).containsOnly(ferragens, sabor);
        assertThat(awarded).filteredOn(a -> a.supplier().equals(ferragens)).extracting(a -> a.unitPrice().stripTrailingZeros().toPlainString())
                .containsExactlyInAnyOrder("1", "18");
        String ferragensOrder = awarded.stream().filter(a -> a.supplier().equals(ferragens)).findFirst().orElseThrow().order().toString();
        screenshot("split-awarded");

        // Over Fernanda's limit of R$ 100: the approver approves Ferragens' order, which stands at the quoted prices.
        var joao = asPerson("ferragens.localhost", "diretoria@metalurgicavale.com.br", "pt-BR");
        joao.navigate(url("ferragens.localhost", "/approvals"));
        assertThat(joao.locator("#approvals-grid")).containsText("Aguardando aprovação", PATIENTLY);
        joao.navigate(url("ferragens.localhost", "/orders/" + ferragensOrder));
        assertThat(joao.locator("#order-lines")).containsText("Hex bolt M10 x 50", PATIENTLY);
        assertThat(joao.locator("#order-reference")).containsText(number);
        joao.locator("#order-approve").click();
        joao.locator("#order-reason input").fill("Parada de manutenção");
        joao.locator("#order-reason-save").click();
        assertThat(joao.locator("#order-status")).containsText("Aprovado", PATIENTLY);
        joao.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(testName + "-approver-pt.png")).setFullPage(true));
    }

    private static final String FERNANDA = "suprimentos@metalurgicavale.com.br";
    private static final com.microsoft.playwright.assertions.LocatorAssertions.HasTextOptions PATIENTLY_HAS_TEXT =
            new com.microsoft.playwright.assertions.LocatorAssertions.HasTextOptions().setTimeout(60_000);

    @Autowired
    dev.feira.ordering.PurchasingPolicy policy;
    @Autowired
    dev.feira.identity.People people;
    @Autowired
    dev.feira.notification.Notifications notifications;
    @Autowired
    dev.feira.rfq.Quotes quotes;

    @AfterEach
    void promisesAndLimitsAsFound() {
        var sabor = tenants.bySlug("sabor").orElseThrow().id();
        Acting.asSupplier(sabor, () -> {
            quotes.setResponseTime(Duration.ofHours(24));
            return null;
        });
        var fernanda = people.ofBuyerCompany(vale()).stream().filter(p -> p.username().equals(FERNANDA)).findFirst().orElseThrow();
        asBuyerAdmin(FERNANDA, () -> policy.setLimits(vale(), fernanda.id(), null, null));
    }

    private UUID vale() {
        return TenantContext.callAs(tenants.bySlug("ferragens").orElseThrow().id(), () -> accounts.byAccountNumber("FP-10007")).orElseThrow()
                .buyerCompanyId();
    }

    private static void asBuyerAdmin(String username, Runnable work) {
        Acting.asPerson(username, null, () -> {
            work.run();
            return null;
        });
    }

    private BuyerRfq rfqs(String username) {
        return Acting.asPerson(username, null, () -> rfqs.ofCompany(java.util.Optional.empty(), 0, 1).stream().findFirst()
                .flatMap(summary -> rfqs.byId(summary.id()))).orElseThrow();
    }

    /** The supplier's person opens the invitation from the inbox. */
    private void openInvitation(Page person, String host, String number) {
        person.navigate(url(host, "/catalog/quotes"));
        assertThat(person.locator("#quotes-grid")).containsText(number, PATIENTLY);
        person.locator("#quotes-grid").getByText(number).click();
        assertThat(person.locator("#quote-status")).isVisible();
    }

    /** A date-time picker of the buyer's page, in its English formats. */
    private void fillDeadline(String picker, LocalDateTime at) {
        page.locator(picker + " vaadin-date-picker input").fill(at.format(DateTimeFormatter.ofPattern("M/d/yyyy")));
        page.locator(picker + " vaadin-date-picker input").press("Enter");
        page.locator(picker + " vaadin-time-picker input").fill(at.format(DateTimeFormatter.ofPattern("h:mm a", java.util.Locale.US)));
        page.locator(picker + " vaadin-time-picker input").press("Enter");
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
