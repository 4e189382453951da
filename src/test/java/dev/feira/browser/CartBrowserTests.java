package dev.feira.browser;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** A buyer's cart at Ferragens Paulista, filled from a product page and by pasting SKUs, kept on the server. */
class CartBrowserTests extends BrowserTestSupport {

    @Test
    void aBuyerFillsTheCartFromAProductPageAndByPastingAndFindsItAfterSigningInAgain() {
        signInAt("ferragens.localhost", "suprimentos@metalurgicavale.com.br");
        page.navigate(url("ferragens.localhost", "/cart")); // start from an empty cart: other tests share the database
        page.locator("#cart-empty").click();
        assertThat(page.locator("#cart-totals")).containsText("Your cart is empty");
        page.navigate(url("ferragens.localhost", "/catalog/product/FP-00092"));
        page.locator("#product-unit").click();
        page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("FD")).click();
        page.locator("#product-quantity input").fill("1");
        page.locator("#product-quantity input").press("Enter");
        assertThat(page.locator("#product-base-quantity")).containsText("10 CX");
        page.locator("#product-add-to-cart").click();
        assertThat(page.locator("vaadin-notification-card").first()).containsText("1 FD (10 CX) of Porca Sextavada M6", PATIENTLY);

        page.navigate(url("ferragens.localhost", "/cart"));
        assertThat(page.locator("#cart-grid")).containsText("FP-00092", PATIENTLY);
        assertThat(page.locator("#cart-total")).containsText("R$434.40"); // ten boxes at Vale's own 43.44
        page.locator("#cart-paste textarea").fill("FP-00200 10\nNAO-EXISTE 1");
        page.locator("#cart-paste-add").click();
        assertThat(page.locator("#cart-grid")).containsText("Fita Isolante");
        assertThat(page.locator("vaadin-notification-card").last()).containsText("NAO-EXISTE", PATIENTLY);
        screenshot("cart");

        context.clearCookies();
        page.navigate(url("localhost", "/signin"));
        signInAt("ferragens.localhost", "suprimentos@metalurgicavale.com.br");
        page.navigate(url("ferragens.localhost", "/cart"));
        assertThat(page.locator("#cart-grid")).containsText("FP-00092");
        assertThat(page.locator("#cart-grid")).containsText("FP-00200");
        page.locator("#cart-empty").click();
        assertThat(page.locator("#cart-totals")).containsText("Your cart is empty");
    }

    @Test
    void aBuyerSavesAProductToANewListAndLaterOrdersTheWholeListAgain() {
        signInAt("ferragens.localhost", "compras@construtorahorizonte.com.br");
        page.navigate(url("ferragens.localhost", "/cart"));
        page.locator("#cart-empty").click();
        page.navigate(url("ferragens.localhost", "/catalog/product/FP-00092"));
        page.locator("#product-unit").click();
        page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("FD")).click();
        page.locator("#product-quantity input").fill("2");
        page.locator("#product-quantity input").press("Enter");
        page.locator("#product-save-to-list").click();
        assertThat(page.locator("#save-to-list")).containsText("Save the product to a list", PATIENTLY);
        if (page.locator("#save-to-list-where").isVisible()) { // the company has lists already: make a new one
            page.locator("#save-to-list-where vaadin-radio-button", new Page.LocatorOptions().setHasText("A new list")).click();
        }
        String name = "Obra Centro " + System.nanoTime() % 100_000;
        page.locator("#save-to-list-name input").fill(name);
        page.locator("#save-to-list-save").click();
        assertThat(page.locator("#list-notice")).containsText("Saved to “" + name + "”", PATIENTLY);
        page.locator("vaadin-notification-card a", new Page.LocatorOptions().setHasText("View list")).click();

        assertThat(page.locator("#list-title")).containsText(name, PATIENTLY);
        assertThat(page.locator("#list-lines")).containsText("Porca Sextavada M6");
        assertThat(page.locator("#list-lines")).containsText("FD");
        screenshot("saved-list");
        page.locator("#list-to-cart").click();
        assertThat(page.locator("#cart-notice")).containsText("One line added to your cart", PATIENTLY);

        page.navigate(url("ferragens.localhost", "/cart"));
        assertThat(page.locator("#cart-grid")).containsText("FP-00092", PATIENTLY);
        assertThat(page.locator("#cart-grid")).containsText("= 20 CX"); // two bundles, in the unit they were saved in
        page.locator("#cart-empty").click();

        page.navigate(url("ferragens.localhost", "/lists"));
        assertThat(page.locator("#lists-grid")).containsText(name, PATIENTLY);
        page.locator("#lists-grid a", new Page.LocatorOptions().setHasText(name)).click();
        page.locator("#list-delete").click();
        page.locator("#list-delete-confirm vaadin-button[slot=confirm-button]").click();
        page.waitForURL(u -> u.endsWith("/lists"));
        assertThat(page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(name))).hasCount(0);
    }

    @Test
    void aBuyerPlacesTheCartAndTheSupplierConfirmsSplitsItIntoTwoDeliveriesAndShipsThem() {
        signInAt("ferragens.localhost", "compras@construtorahorizonte.com.br");
        page.navigate(url("ferragens.localhost", "/cart"));
        page.locator("#cart-empty").click();
        page.locator("#cart-paste textarea").fill("FP-00201 20");
        page.locator("#cart-paste-add").click();
        assertThat(page.locator("#cart-grid")).containsText("FP-00201", PATIENTLY);
        page.locator("#cart-place-order").click();

        page.waitForURL(u -> u.contains("/orders/"));
        assertThat(page.locator("#order-status")).containsText("Submitted", PATIENTLY);
        assertThat(page.locator("#order-payment")).containsText("On invoice");
        String orderPath = page.url().substring(page.url().indexOf("/orders/"));
        var number = java.util.regex.Pattern.compile("PED-\\d+").matcher(page.locator("h2").first().textContent());
        org.assertj.core.api.Assertions.assertThat(number.find()).isTrue();
        page.navigate(url("ferragens.localhost", "/orders"));
        assertThat(page.locator("#orders-grid")).containsText(number.group(), PATIENTLY);
        screenshot("buyer-orders");

        context.clearCookies();
        page.navigate(url("localhost", "/signin"));
        signInAt("ferragens.localhost", "admin@ferragenspaulista.com.br");
        page.navigate(url("ferragens.localhost", "/catalog/orders"));
        page.locator("#inbox-grid vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(number.group())).click();
        page.locator("#inbox-confirm").click();
        assertThat(page.locator("vaadin-notification-card").last()).containsText(number.group() + " is now Confirmed", PATIENTLY);
        screenshot("supplier-inbox");

        page.navigate(url("ferragens.localhost", orderPath));
        assertThat(page.locator("#order-status")).containsText("Confirmed", PATIENTLY);
        page.locator("#order-plan").click(); // the first delivery: 8 of the 20
        page.locator(".plan-quantity input").fill("8");
        page.locator("#order-plan-save").click();
        assertThat(page.locator("#order-deliveries")).containsText("8 × FP-00201", PATIENTLY);
        page.locator("#order-plan").click(); // the second: the 12 still open
        page.locator("#order-plan-save").click();
        assertThat(page.locator("#order-deliveries")).containsText("12 × FP-00201", PATIENTLY);

        page.locator(".delivery-ship").first().click();
        page.locator("#delivery-carrier input").fill("Jadlog");
        page.locator("#delivery-tracking input").fill("JD0001");
        page.locator("#delivery-ship-save").click();
        assertThat(page.locator("#order-status")).containsText("Partly shipped", PATIENTLY);
        page.locator(".delivery-ship").first().click();
        page.locator("#delivery-tracking input").fill("JD0002");
        page.locator("#delivery-ship-save").click();
        assertThat(page.locator("#order-status")).containsText("Shipped", PATIENTLY);
        assertThat(page.locator("#order-deliveries")).containsText("Jadlog JD0001");
        assertThat(page.locator("#order-timeline")).containsText("JD0002");
        screenshot("order-shipped");

        // Delivered and invoiced cannot be taken back: each asks first, and a cancel leaves the order as it was.
        page.locator(".delivery-delivered").first().click();
        page.locator("#delivery-delivered-confirm vaadin-button[slot=cancel-button]").click();
        assertThat(page.locator("#order-status")).containsText("Shipped");
        for (int delivery = 0; delivery < 2; delivery++) {
            page.locator(".delivery-delivered").first().click();
            assertThat(page.locator("#delivery-delivered-confirm")).containsText("cannot be undone", PATIENTLY);
            page.locator("#delivery-delivered-confirm vaadin-button[slot=confirm-button]").click();
            assertThat(page.locator(".delivery-delivered")).hasCount(1 - delivery, new com.microsoft.playwright.assertions.LocatorAssertions
                    .HasCountOptions().setTimeout(30_000));
        }
        assertThat(page.locator("#order-status")).containsText("Delivered", PATIENTLY);
        page.locator("#order-invoice").click();
        assertThat(page.locator("#order-invoice-confirm")).containsText("Issue the invoice of " + number.group(), PATIENTLY);
        page.locator("#order-invoice-confirm vaadin-button[slot=confirm-button]").click();
        assertThat(page.locator("#order-status")).containsText("Invoiced", PATIENTLY);
        assertThat(page.locator("#order-invoice")).containsText("FAT-");

        // The buyer follows the tracking numbers on its own order page.
        context.clearCookies();
        page.navigate(url("localhost", "/signin"));
        signInAt("ferragens.localhost", "compras@construtorahorizonte.com.br");
        page.navigate(url("ferragens.localhost", orderPath));
        assertThat(page.locator("#order-deliveries")).containsText("JD0002", PATIENTLY);
        assertThat(page.locator(".delivery-ship")).hasCount(0);
    }
}
