package dev.feira.subscription.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import com.stripe.exception.SignatureVerificationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import dev.feira.identity.AccountOpening;
import dev.feira.ordering.OrderStatus;
import dev.feira.ordering.OrderStatusChanged;
import dev.feira.platform.Plans;
import dev.feira.shared.TenantId;
import dev.feira.subscription.Subscriptions;
import dev.feira.tenancy.LegalEntity;
import dev.feira.tenancy.TenantDirectory;
import dev.feira.tenancy.TenantOpening;
import dev.feira.tenancy.TenantStatus;
import dev.feira.testing.Acting;
import dev.feira.testing.LocalStripe;
import dev.feira.testing.Mailbox;
import dev.feira.testing.MovableClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * A supplier's subscription with Stripe Billing, against the local Stripe-shaped server: going live subscribes it to
 * its plan with the trial; an order invoiced outside Stripe is metered once however often its event comes; with the
 * clock advanced, an unpaid invoice makes it past due (its admin told), the grace period over suspends it, payment
 * opens it again — every step driven by signed events, replays changing nothing, forgeries refused.
 */
@SpringBootTest
@ActiveProfiles("test")
class SubscriptionBillingIntegrationTests {

    static final String OPERATOR = "operador@feira.com.br";

    @Autowired
    TenantOpening opening;
    @Autowired
    AccountOpening accounts;
    @Autowired
    Plans plans;
    @Autowired
    TenantDirectory tenants;
    @Autowired
    SubscriptionDesk desk;
    @Autowired
    BillingWebhooks webhooks;
    @Autowired
    Subscriptions subscriptions;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    GreenMail mail;
    @Autowired
    java.time.Clock clock;
    @Autowired
    dev.feira.tenancy.TenantLifecycle lifecycle;

    final LocalStripe stripe = LocalStripe.get();

    @AfterEach
    void timeAsItIs() {
        MovableClock.get().reset();
    }

    @Test
    void trialThenUnpaidThenSuspendedThenPaidAndReactivated() throws Exception {
        String slug = "assinante-" + UUID.randomUUID().toString().substring(0, 8);
        String admin = "dono@" + slug + ".com.br";
        var portal = opening.open(slug, "Assinante Ltda", Locale.forLanguageTag("pt-BR"), Currency.getInstance("BRL"),
                new LegalEntity("Assinante Ltda", "11222333000181", "Rua B, 2", "Recife", "PE", "50010-000"));
        accounts.openSupplierAdmin(portal.id(), admin, "Dona", "uma frase longa para quem assina", Locale.forLanguageTag("pt-BR"));
        Acting.asPerson(OPERATOR, null, () -> plans.choose(portal.id(), "profissional"));

        opening.goLive(portal.id(), admin);
        String subscription = await().atMost(Duration.ofSeconds(15)).until(() -> jdbc.query(
                "select stripe_subscription from supplier_subscription where about_tenant = ?", (rs, n) -> rs.getString(1), portal.id().value())
                .stream().findFirst().orElse(null), s -> s != null);
        var stored = stripe.billing("subscription").stream().filter(s -> s.get("id").equals(subscription)).findFirst().orElseThrow();
        assertThat(stored.get("status")).isEqualTo("trialing");
        assertThat(((Map<?, ?>) stored.get("metadata")).get("tenant")).isEqualTo(portal.id().toString());
        assertThat(stripe.billing("price")).extracting(p -> p.get("lookup_key")).contains("feira_profissional_monthly", "feira_profissional_gmv");
        assertThat(Acting.asPerson(admin, portal.id(), () -> subscriptions.current()).orElseThrow().status()).isEqualTo("trialing");

        // An order of R$ 1.234,56 paid by invoice is metered once, however often its "invoiced" event arrives; a card order never.
        UUID order = UUID.randomUUID();
        UUID cardOrder = UUID.randomUUID();
        sale(order, portal.id(), "1234.56", false);
        sale(cardOrder, portal.id(), "999.00", true);
        // The listener itself, on this thread (the event registry delivers it on its own, as many times as it must).
        SubscriptionDesk listener = org.springframework.test.util.AopTestUtils.getUltimateTargetObject(desk);
        for (int delivery = 0; delivery < 2; delivery++) {
            listener.on(new OrderStatusChanged(portal.id(), order, "P-1", OrderStatus.DELIVERED, OrderStatus.INVOICED, null, clock.instant()));
            listener.on(new OrderStatusChanged(portal.id(), cardOrder, "P-2", OrderStatus.DELIVERED, OrderStatus.INVOICED, null, clock.instant()));
        }
        assertThat(stripe.meterEvents()).containsKey(order.toString()).doesNotContainKey(cardOrder.toString());
        assertThat(((Map<?, ?>) stripe.meterEvents().get(order.toString()).get("payload")).get("value")).isEqualTo("123456");
        assertThat(jdbc.queryForObject("select count(*) from gmv_meter_report where order_id = ?", Long.class, order)).isEqualTo(1);

        // The trial ends, the first invoice fails: past due, the admin is told.
        MovableClock.get().advance(Duration.ofDays(15));
        int mails = mail.getReceivedMessages().length;
        var invoice = stripe.invoice(subscription, 59_900 + 1_481, "open");
        stripe.subscriptionStatus(subscription, "past_due");
        String failed = stripe.billingEvent("invoice.payment_failed", (String) invoice.get("id"));
        assertThat(webhooks.receive(failed, LocalStripe.signature(failed, LocalStripe.BILLING_WEBHOOK_SECRET, java.time.Instant.now())))
                .isEqualTo(BillingWebhooks.Outcome.HANDLED);
        assertThat(webhooks.receive(failed, LocalStripe.signature(failed, LocalStripe.BILLING_WEBHOOK_SECRET, java.time.Instant.now())))
                .isEqualTo(BillingWebhooks.Outcome.REPLAY);
        assertThat(tenants.byId(portal.id()).orElseThrow().status()).isEqualTo(TenantStatus.PAST_DUE);
        assertThat(await().atMost(Duration.ofSeconds(10)).until(() -> Mailbox.link(mail, admin, "plan", mails), l -> l != null))
                .endsWith(slug + ".localhost/plan");

        // Still within the grace period: serving. After it: suspended, and told.
        MovableClock.get().advance(Duration.ofDays(3));
        desk.dunning();
        assertThat(tenants.byId(portal.id()).orElseThrow().status()).isEqualTo(TenantStatus.PAST_DUE);
        MovableClock.get().advance(Duration.ofDays(5));
        desk.dunning();
        assertThat(tenants.byId(portal.id()).orElseThrow().status()).isEqualTo(TenantStatus.SUSPENDED);

        // A forged event changes nothing; the real payment reopens the portal.
        stripe.invoiceStatus((String) invoice.get("id"), "paid");
        stripe.subscriptionStatus(subscription, "active");
        String paid = stripe.billingEvent("invoice.paid", (String) invoice.get("id"));
        assertThatThrownBy(() -> webhooks.receive(paid, LocalStripe.signature(paid, "whsec_forged", java.time.Instant.now())))
                .isInstanceOf(SignatureVerificationException.class);
        assertThat(tenants.byId(portal.id()).orElseThrow().status()).isEqualTo(TenantStatus.SUSPENDED);
        webhooks.receive(paid, LocalStripe.signature(paid, LocalStripe.BILLING_WEBHOOK_SECRET, java.time.Instant.now()));
        assertThat(tenants.byId(portal.id()).orElseThrow().status()).isEqualTo(TenantStatus.ACTIVE);

        var invoices = Acting.asPerson(admin, portal.id(), () -> subscriptions.invoices());
        assertThat(invoices).singleElement().satisfies(i -> {
            assertThat(i.status()).isEqualTo("paid");
            assertThat(i.total().amount()).isEqualByComparingTo("613.81");
            assertThat(i.pdf()).isPresent();
        });
        assertThat(Acting.asPerson(admin, portal.id(), () -> subscriptions.customerPortal("http://" + slug + ".localhost/plan")))
                .startsWith(stripe.baseUrl());
    }

    @Test
    void anOperatorsSuspensionIsNotLiftedByAPayment() throws Exception {
        String slug = "suspensa-" + UUID.randomUUID().toString().substring(0, 8);
        var portal = opening.open(slug, "Suspensa Ltda", Locale.forLanguageTag("pt-BR"), Currency.getInstance("BRL"),
                new LegalEntity("Suspensa Ltda", "11222333000181", "Rua C, 3", "Natal", "RN", "59010-000"));
        Acting.asPerson(OPERATOR, null, () -> plans.choose(portal.id(), "basico"));
        opening.goLive(portal.id(), "test");
        String subscription = await().atMost(Duration.ofSeconds(15)).until(() -> jdbc.query(
                "select stripe_subscription from supplier_subscription where about_tenant = ?", (rs, n) -> rs.getString(1), portal.id().value())
                .stream().findFirst().orElse(null), s -> s != null);
        Acting.asPerson(OPERATOR, null, () -> lifecycle.suspend(portal.id(), "Fraud investigation"));
        stripe.subscriptionStatus(subscription, "active");
        String updated = stripe.billingEvent("customer.subscription.updated", subscription);
        webhooks.receive(updated, LocalStripe.signature(updated, LocalStripe.BILLING_WEBHOOK_SECRET, java.time.Instant.now()));
        assertThat(tenants.byId(portal.id()).orElseThrow().status()).isEqualTo(TenantStatus.SUSPENDED);

        // A plan changed later moves the subscription's prices; cancelling the supplier ends its subscription.
        Acting.asPerson(OPERATOR, null, () -> plans.choose(portal.id(), "enterprise"));
        await().atMost(Duration.ofSeconds(15)).until(() -> lookupKeys(subscription).contains("feira_enterprise_monthly")
                && lookupKeys(subscription).contains("feira_enterprise_gmv"));
        Acting.asPerson(OPERATOR, null, () -> lifecycle.cancel(portal.id(), "Contract ended"));
        await().atMost(Duration.ofSeconds(15)).until(() -> stripe.billing("subscription").stream()
                .anyMatch(s -> s.get("id").equals(subscription) && "canceled".equals(s.get("status"))));
    }

    @SuppressWarnings("unchecked")
    private java.util.List<Object> lookupKeys(String subscription) {
        var stored = stripe.billing("subscription").stream().filter(s -> s.get("id").equals(subscription)).findFirst().orElseThrow();
        var items = (java.util.List<Map<String, Object>>) ((Map<String, Object>) stored.get("items")).get("data");
        return items.stream().map(i -> ((Map<String, Object>) i.get("price")).get("lookup_key")).toList();
    }

    private void sale(UUID order, TenantId tenant, String total, boolean card) {
        jdbc.update("""
                insert into marketplace_sale (order_id, about_tenant, buyer_account, total, currency, card, placed_at)
                values (?, ?, ?, ?::numeric, 'BRL', ?, ?)""", order, tenant.value(), UUID.randomUUID(), total, card, Timestamp.from(clock.instant()));
    }
}
