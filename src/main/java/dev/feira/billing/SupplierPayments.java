package dev.feira.billing;

import java.util.Optional;

/** The current supplier's Stripe account, on which its buyers' card payments are taken. */
public interface SupplierPayments {

    /** Whether the platform has Stripe configured at all; without it, no supplier takes cards. */
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

    /** Card payments stop being offered; payments under way are still received. */
    void disconnect();
}
