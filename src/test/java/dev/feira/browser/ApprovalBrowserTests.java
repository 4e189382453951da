package dev.feira.browser;

import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import dev.feira.identity.BuyerAccountDirectory;
import dev.feira.identity.People;
import dev.feira.ordering.PurchasingPolicy;
import dev.feira.shared.TenantContext;
import dev.feira.tenancy.TenantDirectory;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The B2B order path end to end in two sessions: Patrícia orders over the limit she set herself,
 * Ricardo approves in his own browser while her page hears of it live, Ferragens confirms, splits
 * the order into two deliveries and ships them, and the mails are in the dev mailbox.
 */
class ApprovalBrowserTests extends BrowserTestSupport {

    static final String PATRICIA = "compras@construtorahorizonte.com.br";
    static final String RICARDO = "engenharia@construtorahorizonte.com.br";

    @Autowired
    PurchasingPolicy policy;
    @Autowired
    People people;
    @Autowired
    BuyerAccountDirectory accounts;
    @Autowired
    TenantDirectory tenants;

    @AfterEach
    void limitsAsFound() {
        var horizonte = TenantContext.callAs(tenants.bySlug("ferragens").orElseThrow().id(), () -> accounts.byAccountNumber("FP-10021"))
                .orElseThrow();
        // As the company's buyer admin, who alone sets its limits.
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(PATRICIA, null, List.of()));
        try {
            people.ofBuyerCompany(horizonte.buyerCompanyId())
                    .forEach(person -> policy.setLimits(horizonte.buyerCompanyId(), person.id(), null, null));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void anOrderOverTheLimitIsApprovedInAnotherSessionThenConfirmedSplitAndShipped() {
        signInAt("ferragens.localhost", PATRICIA);
        page.navigate(url("ferragens.localhost", "/team"));
        var limit = page.locator(".limit-per-order[data-person='" + PATRICIA + "'] input");
        limit.fill("100");
        limit.press("Enter");
        limit.blur();
        assertThat(page.locator("vaadin-notification-card").last()).containsText("Limits of Patrícia Mendes saved", PATIENTLY);
        screenshot("team");

        page.navigate(url("ferragens.localhost", "/cart"));
        page.locator("#cart-empty").click();
        page.locator("#cart-paste textarea").fill("FP-00092 10");
        page.locator("#cart-paste-add").click();
        assertThat(page.locator("#cart-grid")).containsText("FP-00092", PATIENTLY);
        page.locator("#cart-place-order").click();
        page.waitForURL(u -> u.contains("/orders/"));
        assertThat(page.locator("#order-status")).containsText("Awaiting approval", PATIENTLY);
        assertThat(page.locator("#order-approvals")).containsText("Waiting for approval 1 of 1");
        // Why it waits and whom to ask.
        assertThat(page.locator("#order-approval-waiting")).containsText("over its purchaser's limit");
        assertThat(page.locator("#order-approval-waiting")).containsText("Ricardo");
        String orderPath = page.url().substring(page.url().indexOf("/orders/"));
        page.navigate(url("ferragens.localhost", "/cart"));
        assertThat(page.locator("#cart-awaiting-approval")).containsText("waits for approval", PATIENTLY);
        page.navigate(url("ferragens.localhost", orderPath)); // Patrícia keeps her order open while Ricardo decides
        assertThat(page.locator("#order-status")).containsText("Awaiting approval", PATIENTLY);
        String unreadBefore = page.locator("#notice-count").textContent();

        try (var ricardoSession = browser.newContext(new Browser.NewContextOptions().setLocale("en-US").setViewportSize(1280, 860))) {
            Page ricardo = ricardoSession.newPage();
            ricardo.navigate(url("ferragens.localhost", "/catalog"));
            ricardo.locator("#sign-in").click();
            ricardo.waitForURL(u -> u.startsWith(url("localhost", "/signin")));
            ricardo.locator("input[name=username]").fill(RICARDO);
            ricardo.locator("input[name=password]").fill("feira123");
            ricardo.locator("vaadin-button[slot=submit], button[type=submit]").first().click();
            ricardo.waitForURL(u -> u.startsWith(url("ferragens.localhost", "/")));
            assertThat(ricardo.locator("#notice-count")).isVisible(PATIENTLY_VISIBLE);
            ricardo.navigate(url("ferragens.localhost", "/approvals"));
            assertThat(ricardo.locator("#approvals-grid")).containsText("Awaiting approval", PATIENTLY);
            ricardo.navigate(url("ferragens.localhost", orderPath));
            ricardo.locator("#order-approve").click();
            ricardo.locator("#order-reason input").fill("For the Jardins site");
            ricardo.locator("#order-reason-save").click();
            assertThat(ricardo.locator("#order-status")).containsText("Approved", PATIENTLY);
            ricardo.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(testName + "-approver.png")).setFullPage(true));
        }

        // Patrícia's open page hears of the decision at once (server push): her bell counts one more.
        assertThat(page.locator("#notice-count")).not().hasText(unreadBefore, new com.microsoft.playwright.assertions.LocatorAssertions
                .HasTextOptions().setTimeout(30_000));
        page.locator("#notice-bell vaadin-button").click();
        assertThat(page.locator("#notice-list")).containsText("approved", PATIENTLY);
        screenshot("purchaser-notified");

        context.clearCookies();
        page.navigate(url("localhost", "/signin"));
        signInAt("ferragens.localhost", "admin@ferragenspaulista.com.br");
        // The inbox opens on what needs action: the approved order, with the buyer's CNPJ.
        page.navigate(url("ferragens.localhost", "/catalog/orders"));
        assertThat(page.locator("#inbox-grid")).containsText("Approved", PATIENTLY);
        assertThat(page.locator("#inbox-grid")).containsText("12.345.678/0001-95");
        page.navigate(url("ferragens.localhost", orderPath));
        assertThat(page.locator("#order-status")).containsText("Approved", PATIENTLY);
        // What Ricardo wrote stays inside Horizonte.
        assertThat(page.locator("vaadin-app-layout")).not().containsText("For the Jardins site");
        // The supplier has 8 of the 10 boxes to spare: it confirms 8, says why, and the buyer reads both.
        page.locator("#order-confirm").click();
        page.locator(".confirm-line[data-sku=FP-00092] .confirm-quantity input").fill("8");
        page.locator("#order-confirm-save").click();
        assertThat(page.locator(".confirm-line[data-sku=FP-00092] .confirm-reason")).isVisible();
        page.locator(".confirm-line[data-sku=FP-00092] .confirm-reason input").fill("Last 8 boxes of this lot");
        page.locator("#order-confirm-save").click();
        assertThat(page.locator("#order-status")).containsText("Confirmed", PATIENTLY);
        assertThat(page.locator("#order-lines")).containsText("Ordered 10 CX; confirmed less: Last 8 boxes of this lot");
        page.locator("#order-plan").click();
        page.locator(".plan-quantity input").fill("4");
        page.locator("#order-plan-save").click();
        assertThat(page.locator("#order-deliveries")).containsText("4 × FP-00092", PATIENTLY);
        page.locator("#order-plan").click();
        page.locator("#order-plan-save").click();
        assertThat(page.locator("#order-deliveries vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("4 × FP-00092")))
                .hasCount(2, new com.microsoft.playwright.assertions.LocatorAssertions.HasCountOptions().setTimeout(30_000));
        for (String tracking : new String[]{"OX100000001BR", "OX100000002BR"}) {
            page.locator(".delivery-ship").first().click();
            page.locator("#delivery-carrier input").fill("Correios");
            page.locator("#delivery-tracking input").fill(tracking);
            page.locator("#delivery-ship-save").click();
            assertThat(page.locator("#order-timeline")).containsText(tracking, PATIENTLY);
        }
        assertThat(page.locator("#order-status")).containsText("Shipped");
        screenshot("shipped");

        context.clearCookies();
        page.navigate(url("localhost", "/signin"));
        signInAt("ferragens.localhost", PATRICIA);
        page.navigate(url("ferragens.localhost", "/dev/mailbox"));
        assertThat(page.locator("#mailbox-grid")).containsText("aprovado", PATIENTLY); // in the supplier's language
        assertThat(page.locator("#mailbox-grid")).containsText("despachado");
        screenshot("mailbox");
    }
}
