package dev.feira.browser;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dev.feira.catalog.Catalog;
import dev.feira.identity.BuyerAccountDirectory;
import dev.feira.ordering.Carts;
import dev.feira.shared.TenantContext;
import dev.feira.tenancy.TenantDirectory;

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
            catalog.setStock(sku, catalog.warehouses().getFirst().code(), 1000);
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

        page.locator("#carts-place-all").click();

        assertThat(page.locator("#carts-results")).containsText("Ferragens Paulista", PATIENTLY);
        assertThat(page.locator("#carts-results")).containsText("Escritório Total");
        assertThat(page.locator("#carts-results li", new Page.LocatorOptions().setHasText("order PED-"))).hasCount(2);
        screenshot("placed");
        page.navigate(url("localhost", "/carts"));
        assertThat(page.locator(".supplier-cart")).hasCount(0);
    }
}
