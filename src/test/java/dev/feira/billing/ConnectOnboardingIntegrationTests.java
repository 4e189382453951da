package dev.feira.billing;

import java.util.Currency;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

import dev.feira.billing.internal.StripeWebhooks;
import dev.feira.identity.AccountOpening;
import dev.feira.shared.TenantContext;
import dev.feira.tenancy.LegalEntity;
import dev.feira.tenancy.TenantOpening;
import dev.feira.testing.Acting;
import dev.feira.testing.LocalStripe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A new supplier connects Stripe through Stripe's own onboarding: one connected account, a fresh Account Link on every
 * click (never kept), and cards only once Stripe says the account's charges are enabled ({@code account.updated},
 * re-read from Stripe), however often or late the event comes.
 */
@SpringBootTest
@ActiveProfiles("test")
class ConnectOnboardingIntegrationTests {

    @Autowired
    TenantOpening opening;
    @Autowired
    AccountOpening accounts;
    @Autowired
    SupplierPayments payments;
    @Autowired
    dev.feira.ordering.CardPayments checkout;
    @Autowired
    StripeWebhooks webhooks;

    final LocalStripe stripe = LocalStripe.get();

    @Test
    void cardsWaitForStripesOnboardingAndEachClickGetsAFreshLink() throws Exception {
        String slug = "cartao-" + UUID.randomUUID().toString().substring(0, 8);
        String admin = "dono@" + slug + ".com.br";
        var portal = opening.open(slug, "Cartão Ltda", Locale.forLanguageTag("pt-BR"), Currency.getInstance("BRL"),
                new LegalEntity("Cartão Ltda", "11222333000181", "Rua D, 4", "Vitória", "ES", "29010-000"));
        accounts.openSupplierAdmin(portal.id(), admin, "Dono", "uma frase longa para quem vende no cartao", Locale.forLanguageTag("pt-BR"));
        String back = "http://" + slug + ".localhost/catalog/payments";
        int links = stripe.requests("POST", "/v1/account_links").size();

        String first = Acting.asPerson(admin, portal.id(), () -> payments.onboardingLink(back, back));
        String second = Acting.asPerson(admin, portal.id(), () -> payments.onboardingLink(back, back));
        assertThat(first).isNotEqualTo(second).startsWith(stripe.baseUrl() + "/setup/");
        assertThat(stripe.requests("POST", "/v1/account_links")).hasSize(links + 2);
        String account = Acting.asPerson(admin, portal.id(), payments::connectedAccount).orElseThrow();
        assertThat(stripe.billing("account")).filteredOn(a -> a.get("id").equals(account)).hasSize(1);
        assertThat(Acting.asPerson(admin, portal.id(), payments::cardsEnabled)).contains(false);
        assertThat(TenantContext.callAs(portal.id(), checkout::available)).as("not before Stripe enables the account").isFalse();

        // An old event arriving after the account was enabled still reads Stripe's present state.
        String stale = stripe.accountEvent(account);
        stripe.chargesEnabled(account, true);
        assertThat(webhooks.receive(stale, LocalStripe.signature(stale))).isEqualTo(StripeWebhooks.Outcome.HANDLED);
        assertThat(Acting.asPerson(admin, portal.id(), payments::cardsEnabled)).contains(true);
        assertThat(TenantContext.callAs(portal.id(), checkout::available)).isTrue();
        assertThat(webhooks.receive(stale, LocalStripe.signature(stale))).isEqualTo(StripeWebhooks.Outcome.REPLAY);

        assertThatThrownBy(() -> Acting.asPerson("admin@ferragenspaulista.com.br", portal.id(), () -> payments.onboardingLink(back, back)))
                .as("another supplier's admin").isInstanceOf(AccessDeniedException.class);
    }
}
