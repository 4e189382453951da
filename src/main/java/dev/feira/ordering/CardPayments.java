package dev.feira.ordering;

/**
 * Whether the current supplier takes card payments now. Ordering asks, billing answers (it knows
 * whether Stripe is configured and the supplier's account connected), so ordering never depends
 * on billing.
 */
public interface CardPayments {

    boolean available();
}
