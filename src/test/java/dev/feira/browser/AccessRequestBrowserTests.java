package dev.feira.browser;

import javax.sql.DataSource;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Construtora Horizonte asks Sabor do Campo (private) for access from the marketplace; Sabor's admin opens the account
 * in Portuguese; Horizonte's purchaser then sees Sabor's catalog with prices.
 */
class AccessRequestBrowserTests extends BrowserTestSupport {

    @Autowired
    @Qualifier("ownerDataSource")
    DataSource ownerDataSource;

    @AfterEach
    void horizonteWithoutAccountAtSaborAgain() {
        var owner = new JdbcTemplate(ownerDataSource);
        owner.update("delete from buyer_account where account_number = 'SC-9002'");
        owner.update("delete from access_request where company_name like 'Construtora Horizonte%'");
    }

    @Test
    void aBuyerAsksAPrivateSupplierForAccessAndItsAdminOpensTheAccount() {
        signInAt("localhost", "compras@construtorahorizonte.com.br");
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
            assertThat(helena.locator("#access-requests-grid")).containsText("Construtora Horizonte", PATIENTLY);
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
    }
}
