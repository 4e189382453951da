package dev.feira.browser;

import java.time.LocalDate;
import java.time.ZoneId;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A purchase as a Brazilian B2B buyer makes it: pasted into a quick order, into the cart, with the buyer's PO number,
 * a branch to ship to (with its CNPJ), a delivery date and the taxes shown; the supplier's inbox names the buyer and
 * where it goes.
 */
class CheckoutBrowserTests extends BrowserTestSupport {

    @Test
    void aQuickOrderGoesToTheCartAndIsOrderedWithPoShipToDateAndTaxesThatTheSupplierReads() {
        signInAt("ferragens.localhost", "compras@construtorahorizonte.com.br");
        page.navigate(url("ferragens.localhost", "/cart"));
        page.locator("#cart-empty").click();
        page.navigate(url("ferragens.localhost", "/catalog/quick-order"));
        page.locator("#quick-order-lines textarea").fill("FP-00200 20\nNAO-EXISTE 1\n");
        page.locator("#quick-order-price").click();
        assertThat(page.locator("#quick-order-grid")).containsText("No such product in your catalog", PATIENTLY);
        page.locator("#quick-order-to-cart").click();
        assertThat(page.locator("#cart-notice")).containsText("One line added to your cart", PATIENTLY);
        assertThat(page.locator("#cart-notice")).containsText("NAO-EXISTE"); // and what was left out, with why

        page.navigate(url("ferragens.localhost", "/cart"));
        assertThat(page.locator("#cart-grid")).containsText("FP-00200", PATIENTLY);
        assertThat(page.locator("#taxes-total")).isVisible();
        assertThat(page.locator("#taxes-icms")).containsText("ICMS");
        page.locator("#checkout-po-number input").fill("PO-OBRA-7781");
        page.locator("#checkout-ship-to").click();
        page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("Obra Residencial Jardins")).click();
        LocalDate inTenDays = LocalDate.now(ZoneId.of("America/Sao_Paulo")).plusDays(10);
        page.locator("#checkout-delivery-date input").fill(inTenDays.toString()); // the English pages write dates as 2026-12-14
        page.locator("#checkout-delivery-date input").press("Enter");
        page.locator("#checkout-note textarea").fill("Entregar pela portaria 2");
        screenshot("checkout");
        page.locator("#cart-place-order").click();

        page.waitForURL(u -> u.contains("/orders/"));
        assertThat(page.locator("#order-po-number")).hasText("PO-OBRA-7781", new com.microsoft.playwright.assertions.LocatorAssertions
                .HasTextOptions().setTimeout(30_000));
        assertThat(page.locator("#order-ship-to")).containsText("Obra Residencial Jardins");
        assertThat(page.locator("#order-ship-to")).containsText("12.345.678/0002-76");
        assertThat(page.locator("#order-delivery-date")).containsText(String.valueOf(inTenDays.getYear()));
        assertThat(page.locator("#taxes-total")).isVisible();
        String number = page.locator("h2").first().textContent().replaceAll(".*(PED-\\d+).*", "$1").strip();
        screenshot("order");

        // The supplier's inbox: the new order with who buys (CNPJ) and where it goes.
        context.clearCookies();
        page.navigate(url("localhost", "/signin"));
        signInAt("ferragens.localhost", "admin@ferragenspaulista.com.br");
        page.navigate(url("ferragens.localhost", "/catalog/orders"));
        var row = page.locator("#inbox-grid vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(number));
        assertThat(row.first()).isVisible(PATIENTLY_VISIBLE);
        assertThat(page.locator("#inbox-grid")).containsText("12.345.678/0001-95"); // the company's CNPJ
        assertThat(page.locator("#inbox-grid")).containsText("Obra Residencial Jardins");
        screenshot("inbox");
    }
}
