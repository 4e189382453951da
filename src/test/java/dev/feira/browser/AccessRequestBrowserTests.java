package dev.feira.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Cantina Bom Prato asks Sabor do Campo (private) for access from the marketplace; Sabor's admin opens the account
 * in Portuguese; the cantina's buyer then sees Sabor's catalog with its prices and orders there.
 */
class AccessRequestBrowserTests extends BrowserTestSupport {

    static final String LUCIA = "compras@cantinabomprato.com.br";

    @Test
    void aBuyerAsksAPrivateSupplierForAccessAndItsAdminOpensTheAccount() {
        signInAt("localhost", LUCIA);
        page.navigate(url("localhost", "/"));
        page.locator(".supplier-ask-access").first().click();
        page.waitForURL(u -> u.contains("/access/sabor"));
        page.locator("#access-cnpj input").fill("11.222.333/0001-80");
        page.locator("#access-send").click();
        assertThat(page.locator("#access-problem")).containsText("not a valid CNPJ");
        page.locator("#access-cnpj input").fill("11.222.333/0001-81");
        page.locator("#access-message textarea").fill("Refeitório do canteiro Pinheiros: café e pães para 80 pessoas");
        page.locator("#access-send").click();
        assertThat(page.locator("#access-state")).containsText("waits for the answer");
        screenshot("asked");

        try (var helenaSession = browser.newContext(new Browser.NewContextOptions().setLocale("pt-BR").setViewportSize(390, 844))) {
            Page helena = helenaSession.newPage();
            helena.navigate(url("sabor.localhost", "/catalog"));
            helena.locator("#sign-in").click();
            helena.waitForURL(u -> u.startsWith(url("localhost", "/signin")));
            helena.locator("input[name=username]").fill("admin@sabordocampo.com.br");
            helena.locator("input[name=password]").fill("feira123");
            helena.locator("vaadin-button[slot=submit], button[type=submit]").first().click();
            helena.waitForURL(u -> u.startsWith(url("sabor.localhost", "/")));
            helena.navigate(url("sabor.localhost", "/catalog/access-requests"));
            assertThat(helena.locator("#access-requests-grid")).containsText("Cantina Bom Prato", PATIENTLY);
            helena.locator(".access-decide").first().click();
            helena.locator("#access-account-number input").fill("SC-9002");
            helena.locator("#access-category input").fill("construtoras");
            helena.locator("#access-approve").click();
            assertThat(helena.locator("#access-requests-grid")).containsText("Nenhuma empresa aguarda resposta");
            helena.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(testName + "-supplier-pt-390.png")).setFullPage(true));
        }

        page.navigate(url("localhost", "/access/sabor"));
        assertThat(page.locator("#access-state")).containsText("SC-9002");
        // On Sabor's portal the purchaser's sign-in carries over (single sign-on), and the catalog is hers to see.
        page.navigate(url("sabor.localhost", "/catalog"));
        page.locator("#sign-in").click();
        page.waitForURL(u -> u.startsWith(url("sabor.localhost", "/")));
        assertThat(page.locator("body")).containsText("Açúcar Cristal", PATIENTLY);
        assertThat(page.locator("body")).containsText("Why this price?");

        // And orders there.
        page.navigate(url("sabor.localhost", "/cart"));
        page.locator("#cart-paste textarea").fill("SC-00002 4");
        page.locator("#cart-paste-add").click();
        assertThat(page.locator("#cart-grid")).containsText("SC-00002", PATIENTLY);
        page.locator("#cart-place-order").click();
        page.waitForURL(u -> u.contains("/orders/"));
        assertThat(page.locator("#order-status")).containsText("Submitted", PATIENTLY);
        screenshot("ordered");
    }
}
