package dev.feira.billing;

import java.util.Optional;
import java.util.UUID;

import dev.feira.shared.Money;

/** What the buyer's card payment page needs to let Stripe take the card. */
public interface CardCheckout {

    /**
     * The payment of an order placed to be paid by card; empty while Stripe has not answered yet
     * (the page tries again) or when the order is not paid by card.
     */
    Optional<Session> session(UUID order);

    /**
     * @param clientSecret  the PaymentIntent's secret, which Stripe.js confirms the card with
     * @param stripeAccount the supplier's connected account the intent lives on
     */
    record Session(String publishableKey, String stripeJsUrl, String clientSecret, String stripeAccount, Money amount,
                   Status status, Optional<String> failure) {
    }

    enum Status { AWAITING_CARD, SUCCEEDED, FAILED, CANCELED }
}
