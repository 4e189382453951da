package dev.feira.browser;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dev.feira.tenancy.TenantDirectory;
import dev.feira.tenancy.TenantLifecycle;
import dev.feira.testing.Acting;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The operator's console: suspending a supplier closes its portal to its buyers at once (a page in both languages says
 * so), reactivating opens it again, and the audit log shows both with the reason, searched by the tenant.
 */
class OperatorConsoleBrowserTests extends BrowserTestSupport {

    static final String OPERATOR = "operador@feira.com.br";

    @Autowired
    TenantDirectory tenants;
    @Autowired
    TenantLifecycle lifecycle;

    @AfterEach
    void saborOpen() {
        var sabor = tenants.bySlug("sabor").orElseThrow();
        if (!sabor.status().serves()) {
            Acting.asPerson(OPERATOR, null, () -> lifecycle.reactivate(sabor.id(), "test over"));
        }
    }

    @Test
    void anOperatorSuspendsASupplierWithAReasonItsPortalSaysItIsUnavailableThenReactivatesIt() {
        signInAt("localhost", OPERATOR);
        page.navigate(url("localhost", "/operator/tenants"));
        page.locator("#tenants-search input").fill("sabor");
        var saborRow = page.locator("#tenants-grid vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("Sabor do Campo"));
        assertThat(saborRow.first()).isVisible();
        assertThat(page.locator(".tenant-link:visible")).hasCount(1); // the search has narrowed the list to Sabor
        page.locator(".tenant-suspend:visible").first().click();
        page.locator("#tenant-status-confirm").click();
        assertThat(page.locator("#tenant-status-problem")).containsText("Say why");
        page.locator("#tenant-status-reason textarea").fill("Invoice of November unpaid after the grace period");
        page.locator("#tenant-status-confirm").click();
        assertThat(page.locator("vaadin-notification-card").last()).containsText("Sabor do Campo Ingredientes is now Suspended");
        screenshot("suspended");

        var visitor = browser.newContext().newPage();
        visitor.navigate(url("sabor.localhost", "/catalog"));
        assertThat(visitor.locator("#tenant-unavailable")).containsText("temporariamente indisponível");
        assertThat(visitor.locator("#tenant-unavailable")).containsText("temporarily unavailable");
        visitor.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(testName + "-visitor.png")));

        page.locator(".tenant-reactivate:visible").first().click();
        page.locator("#tenant-status-reason textarea").fill("Paid on 3 December");
        page.locator("#tenant-status-confirm").click();
        assertThat(page.locator("vaadin-notification-card").last()).containsText("is now Active");
        visitor.navigate(url("sabor.localhost", "/catalog"));
        assertThat(visitor.locator("#tenant-unavailable")).hasCount(0);

        page.navigate(url("localhost", "/operator/audit"));
        page.locator("#audit-search input").fill("sabor");
        assertThat(page.locator("#audit-grid")).containsText("tenant.suspended", PATIENTLY);
        assertThat(page.locator("#audit-grid")).containsText("Invoice of November unpaid");
        assertThat(page.locator("#audit-grid")).containsText("tenant.active");
        page.setViewportSize(390, 844);
        screenshot("audit-390");
    }

    @Test
    void anOperatorEntersASuppliersDeskThroughSupportAccessAndTheSupplierSeesIt() {
        signInAt("localhost", OPERATOR);
        page.navigate(url("localhost", "/operator/tenants/sabor"));
        page.locator("#support-open").click();
        page.locator("#support-confirm").click();
        assertThat(page.locator("#support-problem")).containsText("Say why");
        page.locator("#support-reason textarea").fill("Ticket 812: the price import refuses every row");
        page.locator("#support-confirm").click();
        assertThat(page.locator("#tenant-support")).containsText("Ticket 812");
        screenshot("support-open");
        page.locator("#support-desk").click();
        page.waitForURL(u -> u.startsWith(url("sabor.localhost", "/")));
        assertThat(page.locator("#support-banner")).containsText("Ticket 812");
        assertThat(page.locator("#order-inbox, vaadin-grid").first()).isVisible();

        var helena = browser.newContext().newPage();
        helena.navigate(url("sabor.localhost", "/catalog"));
        helena.locator("#sign-in").click();
        helena.locator("input[name=username]").fill("admin@sabordocampo.com.br");
        helena.locator("input[name=password]").fill("feira123");
        helena.locator("vaadin-button[slot=submit], button[type=submit]").first().click();
        helena.waitForURL(u -> u.startsWith(url("sabor.localhost", "/")));
        helena.navigate(url("sabor.localhost", "/people"));
        assertThat(helena.locator("#support-banner")).containsText(OPERATOR);
        assertThat(helena.locator("#support-history")).containsText("Ticket 812");
        helena.locator("#support-end").click();
        assertThat(helena.locator("#support-banner")).hasCount(0);

        page.navigate(url("sabor.localhost", "/catalog/orders"));
        assertThat(page.locator("#support-banner")).hasCount(0);
        page.navigate(url("localhost", "/operator/audit"));
        page.locator("#audit-search input").fill("Ticket 812");
        assertThat(page.locator("#audit-grid")).containsText("support.end", PATIENTLY);
    }

    @Test
    void anOperatorOpensATenantsPageAndThePlatformDashboard() {
        signInAt("localhost", OPERATOR);
        page.navigate(url("localhost", "/operator/tenants"));
        page.locator("#tenants-search input").fill("ferragens");
        assertThat(page.locator(".tenant-link:visible")).hasCount(1);
        page.locator(".tenant-link:visible").first().click();
        page.waitForURL(u -> u.endsWith("/operator/tenants/ferragens"));
        assertThat(page.locator("#tenant-facts")).containsText("ferragens.localhost");
        assertThat(page.locator("#tenant-figures")).containsText("R$");
        screenshot("tenant");

        page.navigate(url("localhost", "/operator/dashboard"));
        assertThat(page.locator("#dashboard-gmv")).containsText("R$");
        assertThat(page.locator("#dashboard-statuses")).containsText("Active");
        var download = page.waitForDownload(() -> page.locator("#dashboard-export").click());
        org.assertj.core.api.Assertions.assertThat(download.suggestedFilename()).isEqualTo("feira-platform.xlsx");
        page.setViewportSize(390, 844);
        screenshot("dashboard-390");
    }

    @Test
    void anOperatorWhoOpensAConsolePageSignedOutIsBroughtBackToItAfterSigningIn() {
        page.navigate(url("localhost", "/operator/audit"));
        page.waitForURL(u -> u.startsWith(url("localhost", "/signin")));
        page.locator("input[name=username]").fill(OPERATOR);
        page.locator("input[name=password]").fill("feira123");
        page.locator("button[type=submit]").click();

        page.waitForURL(u -> u.startsWith(url("localhost", "/operator/audit")));
        assertThat(page.locator("#audit-grid")).isVisible();
    }
}
