package dev.feira.browser;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Per-buyer conditions as people meet them in the portal (the demo conditions in tenants/): two
 * buyers searching the same product see their own prices, the price trace names the rule that
 * applied, the supplier's staff can look at the catalog as any of their buyers, and the
 * marketplace compares one item across suppliers at each buyer's own price.
 */
class PricingBrowserTests extends BrowserTestSupport {

    /** A hex nut: list price 51.10; Metalúrgica Vale negotiated 43.44 (price list ACORDO-VALE). */
    static final String NUT = "FP-00092";

    @Test
    void twoBuyersOfTheSameSupplierSeeTheirOwnPricesForTheSameSearch() {
        searchAs("suprimentos@metalurgicavale.com.br", NUT);
        assertThat(page.locator("#catalog-grid .net-price:visible")).hasText("R$43.44");
        assertThat(page.locator("#catalog-grid .list-price:visible")).hasText("R$51.10");
        screenshot("metalurgica-vale");

        context.clearCookies();
        page.navigate(url("localhost", "/signin")); // a fresh sign-in session for the second buyer
        searchAs("compras@construtorahorizonte.com.br", NUT);
        assertThat(page.locator("#catalog-grid .net-price:visible")).hasText("R$51.10");
        assertThat(page.locator("#catalog-grid .list-price:visible")).hasCount(0);
        screenshot("construtora-horizonte");
    }

    @Test
    void twoBuyersOfTheSameSupplierSeeTheirOwnAssortments() {
        // At Escritório Total, Padarias Estrela's assortment has no IT products; Construtora Horizonte sees all.
        searchAs("escritorio.localhost", "compras@construtorahorizonte.com.br", "mouse optico");
        assertThat(page.locator("#catalog-grid")).containsText("Mouse Óptico USB", PATIENTLY);

        context.clearCookies();
        searchAs("escritorio.localhost", "compras@padariasestrela.com.br", "mouse optico");
        assertThat(page.locator("#catalog-summary")).hasText("No products");
        screenshot("estrela-no-it");
    }

    @Test
    void thePriceTraceShowsTheRuleThatApplied() {
        searchAs("suprimentos@metalurgicavale.com.br", NUT);
        assertThat(page.locator("#catalog-grid .net-price:visible")).hasText("R$43.44");

        page.locator("#catalog-grid .why-price:visible").first().click();

        var trace = page.locator("#price-trace");
        assertThat(trace.locator(".price-step")).hasCount(2);
        assertThat(trace.locator(".price-step").nth(0)).containsText("Catalog list price");
        assertThat(trace.locator(".price-step").nth(1)).containsText("ACORDO-VALE");
        assertThat(trace.locator(".price-step").nth(1)).containsText("R$43.44");
        assertThat(trace.locator(".trade-terms")).containsText("28 dias, faturado");
        screenshot("price-trace");
    }

    @Test
    void theProductPagePricesTheQuantityTypedAndExplainsIt() {
        searchAs("suprimentos@metalurgicavale.com.br", "FP-00200");
        page.locator("#catalog-grid a:visible", new Page.LocatorOptions().setHasText("Fita Isolante")).click();

        assertThat(page.locator("#product-name")).hasText("Fita Isolante Imperial 19 mm x 20 m Preta");
        assertThat(page.locator("#product-price #price-trace-result")).containsText("10 units at R$10.49 each");
        page.locator("#product-quantity input").fill("15");
        page.locator("#product-quantity input").press("Enter");
        assertThat(page.locator("#product-price")).containsText("Must be a multiple of 10");
        page.locator("#product-quantity input").fill("500");
        page.locator("#product-quantity input").press("Enter");
        // 50 minimum lots and more: the general list's top volume tier
        assertThat(page.locator("#product-price .price-step").nth(1)).containsText("GERAL");
        assertThat(page.locator("#product-price .price-step").nth(1)).containsText("from 500 units");
        screenshot("product-page");
    }

    @Test
    void aBuyerPastesOrderLinesAndSeesThemCheckedAndPriced() {
        searchAs("suprimentos@metalurgicavale.com.br", NUT);
        page.navigate(url("ferragens.localhost", "/catalog/quick-order"));

        page.locator("#quick-order-lines textarea").fill("FP-00092 4\nNAO-EXISTE 1\nFP-00200 15\n");
        page.locator("#quick-order-price").click();

        assertThat(page.locator("#quick-order-summary")).hasText("One line ready, 2 with a problem. Total of the ready lines: R$173.76");
        assertThat(page.locator("#quick-order-grid")).containsText("No such product in your catalog");
        assertThat(page.locator("#quick-order-grid")).containsText("Must be a multiple of 10");
        screenshot("quick-order");

        // The checked lines end in the cart: the ready one goes in, the others are named as left out.
        assertThat(page.locator("#quick-order-to-cart")).hasText("Add the ready line to the cart");
        // Vale's demo cart at Ferragens may still hold a line: the badge counts one more.
        var badge = page.locator("#cart-badge-count");
        int before = badge.isVisible() ? Integer.parseInt(badge.innerText().strip()) : 0;
        page.locator("#quick-order-to-cart").click();
        assertThat(page.locator("#cart-notice")).containsText("One line added to your cart.", PATIENTLY);
        assertThat(page.locator("#cart-notice")).containsText("NAO-EXISTE");
        assertThat(badge).hasText(String.valueOf(before + 1));
        page.locator("vaadin-notification-card a", new Page.LocatorOptions().setHasText("View cart")).click();
        page.waitForURL(u -> u.endsWith("/cart"));
        assertThat(page.locator("#cart-grid")).containsText("FP-00092", PATIENTLY);
        org.assertj.core.api.Assertions.assertThat(page.locator("#cart-grid").textContent()).doesNotContain("FP-00200");
        page.locator("#cart-empty").click();
        assertThat(page.locator("#cart-totals")).containsText("Your cart is empty");
    }

    @Test
    void aSalesRepReadsWhatEachAccountGets() {
        signInAt("ferragens.localhost", "carlos.lima@ferragenspaulista.com.br");
        page.navigate(url("ferragens.localhost", "/catalog/accounts"));

        page.locator("#accounts-grid vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("FP-10021")).click();
        var horizonte = page.locator(".account-conditions[data-account='FP-10021']");
        assertThat(horizonte).containsText("OBRA-PARAFUSOS");
        assertThat(horizonte).containsText("REBITES-CONSTRUCAO");
        assertThat(horizonte).containsText("30/60/90 dias, boleto");
        assertThat(horizonte).containsText("GERAL");
        assertThat(horizonte).containsText("Horizonte – elétrica e EPI (HORIZONTE-EPI): 5% on Elétrica e EPI");
        assertThat(horizonte).containsText("OBRA-PARAFUSOS: Fixadores > Parafusos, min. 10, multiples of 5");
        // Whom the rep calls there.
        assertThat(horizonte.locator(".buyer-contacts")).containsText("Patrícia Mendes");
        assertThat(horizonte.locator(".buyer-contacts")).containsText("+55 11 98765-4321");
        screenshot("accounts");
    }

    @Test
    void theSuppliersStaffSeeTheCatalogAsOneOfTheirBuyers() {
        searchAs("admin@ferragenspaulista.com.br", NUT);
        assertThat(page.locator("#catalog-grid .net-price:visible")).hasText("R$51.10");

        page.locator("#see-as-buyer").click();
        page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("FP-10007")).click();

        assertThat(page.locator("#catalog-grid .net-price:visible")).hasText("R$43.44");
        screenshot("see-as-buyer");
    }

    @Test
    void theMarketplaceGroupsOneGtinAcrossSuppliersAtEachBuyersOwnPrice() {
        // The same electrical tape (one GTIN) at Ferragens Paulista and Escritório Total.
        compareAs("compras@construtorahorizonte.com.br", "fita isolante");
        var item = page.locator("#marketplace-grid .compared-item:visible");
        assertThat(item).hasCount(1);
        assertThat(item.locator(".offer")).hasCount(2);
        // Horizonte has 5% off electrical items at Ferragens: the cheaper offer comes first.
        assertThat(item.locator(".offer").nth(0)).hasAttribute("data-supplier", "ferragens");
        assertThat(item.locator(".offer").nth(0).locator(".offer-price")).hasText("R$9.97");
        assertThat(item.locator(".offer").nth(1).locator(".offer-price")).hasText("R$14.85");
        screenshot("horizonte");

        context.clearCookies();
        compareAs("suprimentos@metalurgicavale.com.br", "fita isolante");
        var best = page.locator("#marketplace-grid .compared-item:visible .offer").nth(0);
        assertThat(best.locator(".offer-price")).hasText("R$10.49");
        screenshot("metalurgica-vale");
        // The offer leads to the product at its supplier, and goes into the buyer's cart there in one click.
        assertThat(best.locator(".offer-supplier")).hasAttribute("href", java.util.regex.Pattern.compile("ferragens\\.localhost.*/catalog/product/FP-"));
        best.locator(".offer-add-to-cart").click();
        assertThat(page.locator("#cart-notice")).containsText("in your cart at Ferragens Paulista", PATIENTLY);
        page.navigate(url("ferragens.localhost", "/cart"));
        assertThat(page.locator("#cart-grid")).containsText("Fita Isolante", PATIENTLY);
        page.locator("#cart-empty").click();
        assertThat(page.locator("#cart-totals")).containsText("Your cart is empty");
    }

    /** Signs in on the marketplace (the bare host) and searches every supplier. */
    private void compareAs(String username, String query) {
        page.navigate(url("localhost", "/"));
        signIn(username, "feira123");
        page.waitForURL(u -> u.startsWith(url("localhost", "/")) && !u.contains("/signin"));
        assertThat(page.locator("#signed-in-user")).isVisible();
        page.locator("#marketplace-search input").fill(query);
    }

    /** Signs in on Ferragens Paulista's portal and searches its catalog for one product. */
    private void searchAs(String username, String sku) {
        searchAs("ferragens.localhost", username, sku);
        assertThat(page.locator("#catalog-summary")).hasText("1 product", new com.microsoft.playwright.assertions.LocatorAssertions.HasTextOptions().setTimeout(60_000));
    }

    private void searchAs(String host, String username, String query) {
        signInAt(host, username);
        assertThat(page.locator("#signed-in-user")).isVisible();
        page.navigate(url(host, "/catalog"));
        page.locator("#catalog-search input").fill(query);
    }
}
