package dev.feira.browser;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dev.feira.catalog.Catalog;
import dev.feira.identity.BuyerAccountDirectory;
import dev.feira.ordering.Carts;
import dev.feira.shared.TenantContext;
import dev.feira.tenancy.TenantDirectory;
import dev.feira.testing.Acting;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** Metalúrgica Vale fills carts at two suppliers and checks them out together on the marketplace: two orders. */
class MarketplaceCheckoutBrowserTests extends BrowserTestSupport {

    @Autowired
    Carts carts;
    @Autowired
    Catalog catalog;
    @Autowired
    BuyerAccountDirectory accounts;
    @Autowired
    TenantDirectory tenants;

    private void fill(String supplier, String accountNumber, String sku, int quantity) {
        TenantContext.runAs(tenants.bySlug(supplier).orElseThrow().id(), () -> {
            var account = accounts.byAccountNumber(accountNumber).orElseThrow();
            Acting.asSupplier(tenants.bySlug(supplier).orElseThrow().id(),
                    () -> catalog.setStock(sku, catalog.warehouses().getFirst().code(), 1000));
            carts.empty(account);
            carts.add(account, sku, quantity, null);
        });
    }

    @Test
    void aBuyerChecksOutCartsAtTwoSuppliersAtOnceAndGetsTwoOrders() {
        fill("ferragens", "FP-10007", "FP-00092", 10);
        fill("escritorio", "ET-5498", "ET-00002", 10);

        page.navigate(url("localhost", "/"));
        signIn("suprimentos@metalurgicavale.com.br", "feira123");
        page.waitForURL(u -> u.startsWith(url("localhost", "/")) && !u.contains("/signin"));
        page.navigate(url("localhost", "/carts"));
        assertThat(page.locator(".supplier-cart[data-supplier=ferragens]")).containsText("FP-00092", PATIENTLY);
        assertThat(page.locator(".supplier-cart[data-supplier=escritorio]")).containsText("ET-00002");
        screenshot("carts");

        // Ferragens' inbox is open in another browser meanwhile: its count moves when the order arrives.
        try (var ferragensSession = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setLocale("en-US"))) {
            Page inbox = ferragensSession.newPage();
            inbox.navigate(url("ferragens.localhost", "/catalog"));
            inbox.locator("#sign-in").click();
            inbox.waitForURL(u -> u.startsWith(url("localhost", "/signin")));
            inbox.locator("input[name=username]").fill("admin@ferragenspaulista.com.br");
            inbox.locator("input[name=password]").fill("feira123");
            inbox.locator("vaadin-button[slot=submit], button[type=submit]").first().click();
            inbox.waitForURL(u -> u.startsWith(url("ferragens.localhost", "/")));
            inbox.navigate(url("ferragens.localhost", "/catalog/orders"));
            assertThat(inbox.locator("#inbox-count")).containsText("order", PATIENTLY);
            String before = inbox.locator("#inbox-count").textContent();

            page.locator("#carts-place-all").click();

            assertThat(inbox.locator("#inbox-count")).not().hasText(before,
                    new com.microsoft.playwright.assertions.LocatorAssertions.HasTextOptions().setTimeout(30_000));
            assertThat(inbox.locator("#inbox-grid")).containsText("Submitted");
        }

        assertThat(page.locator("#carts-results")).containsText("Ferragens Paulista", PATIENTLY);
        assertThat(page.locator("#carts-results")).containsText("Escritório Total");
        assertThat(page.locator("#carts-results li", new Page.LocatorOptions().setHasText("order PED-"))).hasCount(2);
        screenshot("placed");
        page.navigate(url("localhost", "/carts"));
        assertThat(page.locator(".supplier-cart")).hasCount(0);
    }
}
