package dev.feira.billing;

import java.util.Optional;

/** The current supplier's Stripe account, on which its buyers' card payments are taken. */
public interface SupplierPayments {

    /** Whether the platform has Stripe configured; without it, only suppliers with their own keys take cards. */
    boolean platformConfigured();

    /** The supplier's connected Stripe account (acct_...), when connected. */
    Optional<String> connectedAccount();

    /**
     * Connects the supplier's Stripe account; from the next checkout on, buyers whose terms allow
     * it may pay by card.
     *
     * @throws IllegalArgumentException when the id is not a Stripe account id
     */
    void connect(String stripeAccount);

    /**
     * Uses the supplier's own Stripe account keys instead (no platform fee; its webhook endpoint is
     * {@code /webhooks/stripe/<supplier>}). The secret ones are stored sealed.
     *
     * @throws IllegalArgumentException when a key does not look like a Stripe key of its kind
     */
    void useOwnKeys(String secretKey, String publishableKey, String webhookSecret);

    /** Whether the supplier takes cards with its own keys, and its publishable key. */
    Optional<String> ownPublishableKey();

    /**
     * Stripe's onboarding for the supplier's connected account (created by Feira the first time, Express): a fresh
     * Account Link on every call, never stored — they are single-use and expire within minutes. Cards are accepted once
     * Stripe reports the account's charges enabled.
     *
     * @param returnUrl where Stripe sends the supplier back when done; {@code refreshUrl} when the link expired
     */
    String onboardingLink(String returnUrl, String refreshUrl);

    /** Whether the connected account may take cards yet (Stripe's onboarding done); empty without one. */
    Optional<Boolean> cardsEnabled();

    /** Card payments stop being offered; payments under way are still received. */
    void disconnect();
}
