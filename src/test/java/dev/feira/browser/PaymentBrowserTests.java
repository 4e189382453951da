package dev.feira.browser;

import java.math.BigDecimal;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dev.feira.billing.SupplierPayments;
import dev.feira.pricing.ConditionsEditor;
import dev.feira.pricing.ConditionsEditor.TermsDraft;
import dev.feira.pricing.TradeTerms;
import dev.feira.shared.TenantContext;
import dev.feira.tenancy.TenantDirectory;
import dev.feira.testing.Acting;
import dev.feira.testing.LocalStripe;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A card payment end to end: the supplier connects its Stripe account, a buyer whose terms offer a
 * card pays by card on the payment page (the local Stripe-shaped server's Stripe.js), a declined
 * card first, and Stripe's signed webhook marks the order paid.
 */
class PaymentBrowserTests extends BrowserTestSupport {

    @Autowired
    ConditionsEditor conditions;
    @Autowired
    SupplierPayments payments;
    @Autowired
    TenantDirectory tenants;
    @Autowired
    dev.feira.ordering.Orders orders;

    /** As Ferragens' own systems: its conditions and payment account are the supplier's to change. */
    private void asFerragens(Runnable work) {
        Acting.asSupplier(tenants.bySlug("ferragens").orElseThrow().id(), work);
    }

    @BeforeEach
    void horizonteMayPayByCard() {
        LocalStripe.get().deliverWebhooksTo(url("localhost", "/webhooks/stripe"));
        asFerragens(() -> conditions.saveTerms("FP-10021", new TermsDraft("Cartão de crédito ou 30/60/90 dias, boleto",
                TradeTerms.Freight.CIF, 2, new BigDecimal("1500.00"))));
    }

    @AfterEach
    void asFound() {
        asFerragens(() -> {
            conditions.saveTerms("FP-10021", new TermsDraft("30/60/90 dias, boleto", TradeTerms.Freight.CIF, 2, new BigDecimal("1500.00")));
            payments.disconnect();
        });
    }

    @Test
    void theSupplierConnectsStripeAndABuyerPaysAnOrderByCardAfterADeclinedCard() {
        signInAt("ferragens.localhost", "admin@ferragenspaulista.com.br");
        page.navigate(url("ferragens.localhost", "/catalog/payments"));
        page.locator("#payments-account input").fill("not-an-account");
        page.locator("#payments-connect").click();
        assertThat(page.locator("#payments-account [slot=error-message]")).containsText("not a Stripe account id", PATIENTLY);
        page.locator("#payments-account input").fill("acct_1FerragensBrowser");
        page.locator("#payments-connect").click();
        assertThat(page.locator("#payments-state")).containsText("acct_1FerragensBrowser", PATIENTLY);
        screenshot("payments-desk");

        context.clearCookies();
        page.navigate(url("localhost", "/signin"));
        signInAt("ferragens.localhost", "compras@construtorahorizonte.com.br");
        page.navigate(url("ferragens.localhost", "/cart"));
        page.locator("#cart-empty").click();
        page.locator("#cart-paste textarea").fill("FP-00092 10");
        page.locator("#cart-paste-add").click();
        assertThat(page.locator("#cart-grid")).containsText("FP-00092", PATIENTLY);
        page.locator("#cart-payment vaadin-radio-button", new Page.LocatorOptions().setHasText("By card")).click();
        page.locator("#cart-place-order").click();

        page.waitForURL(u -> u.contains("/orders/"));
        assertThat(page.locator("#order-payment")).containsText("By card · not paid yet", PATIENTLY);
        String orderPath = page.url().substring(page.url().indexOf("/orders/"));
        page.locator("#order-pay").click();
        page.waitForURL(u -> u.endsWith("/pay"));
        page.locator("#local-card-number").fill("4000000000000002");
        page.locator("#card-pay").click();
        assertThat(page.locator("#card-message")).containsText("Your card was declined.", PATIENTLY);
        screenshot("card-declined");

        page.locator("#local-card-number").fill("4242424242424242");
        page.locator("#card-pay").click();
        page.waitForURL(u -> u.endsWith(orderPath));
        // Stripe's webhook arrives a moment after the browser returns: once the order is paid, the page shows it.
        var orderId = java.util.UUID.fromString(orderPath.substring("/orders/".length()));
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() ->
                TenantContext.callAs(tenants.bySlug("ferragens").orElseThrow().id(), () -> orders.byId(orderId)).orElseThrow().paidAt().isPresent());
        page.reload();
        assertThat(page.locator("#order-payment")).containsText("By card · paid", PATIENTLY);
        assertThat(page.locator("#order-pay")).hasCount(0);
        screenshot("card-paid");
    }
}
