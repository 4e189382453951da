package dev.feira.subscription.internal;

import java.sql.Timestamp;
import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.stripe.exception.EventDataObjectDeserializationException;
import com.stripe.exception.SignatureVerificationException;
import com.stripe.exception.StripeException;
import com.stripe.model.Event;
import com.stripe.model.Invoice;
import com.stripe.model.StripeObject;
import com.stripe.model.Subscription;

/**
 * Stripe Billing's events about suppliers' subscriptions and invoices: verified, handled once (the event's id is kept
 * in the same transaction as what it changed), and never trusted for state — each names a subscription, which is read
 * again from Stripe ({@link SubscriptionDesk#follow}), so events arriving late, twice or out of order agree.
 */
@Service
public class BillingWebhooks {

    private static final Logger log = LoggerFactory.getLogger(BillingWebhooks.class);

    public enum Outcome { HANDLED, REPLAY, IGNORED }

    private final StripeBilling stripe;
    private final SubscriptionDesk subscriptions;
    private final JdbcClient sql;
    private final Clock clock;
    private final TransactionTemplate transaction;

    BillingWebhooks(StripeBilling stripe, SubscriptionDesk subscriptions, JdbcClient sql, Clock clock, PlatformTransactionManager transactions) {
        this.stripe = stripe;
        this.subscriptions = subscriptions;
        this.sql = sql;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** @throws SignatureVerificationException when Stripe did not sign it (forged, altered, stale, no secret) */
    public Outcome receive(String payload, String signature) throws SignatureVerificationException {
        Event event = stripe.verify(payload, signature);
        return transaction.execute(status -> {
            int fresh = sql.sql("insert into billing_event (id, type, received_at) values (:id, :type, :now) on conflict (id) do nothing")
                    .param("id", event.getId()).param("type", event.getType()).param("now", Timestamp.from(clock.instant())).update();
            if (fresh == 0) {
                return Outcome.REPLAY;
            }
            String subscription = subscriptionOf(event);
            if (subscription == null) {
                return Outcome.IGNORED;
            }
            try {
                subscriptions.follow(subscription);
            } catch (StripeException e) {
                // Not recorded: the transaction rolls back, Stripe delivers the event again.
                throw new IllegalStateException("Stripe did not answer for " + subscription + ": " + e.getMessage(), e);
            }
            return Outcome.HANDLED;
        });
    }

    private static String subscriptionOf(Event event) {
        return switch (event.getType()) {
            case "customer.subscription.created", "customer.subscription.updated", "customer.subscription.deleted",
                 "customer.subscription.trial_will_end" -> object(event) instanceof Subscription s ? s.getId() : null;
            case "invoice.paid", "invoice.payment_failed", "invoice.payment_succeeded", "invoice.marked_uncollectible" -> {
                if (object(event) instanceof Invoice invoice && invoice.getParent() != null && invoice.getParent().getSubscriptionDetails() != null) {
                    yield invoice.getParent().getSubscriptionDetails().getSubscription();
                }
                yield null;
            }
            default -> {
                log.debug("Billing event {} of type {} is not one Feira follows", event.getId(), event.getType());
                yield null;
            }
        };
    }

    private static StripeObject object(Event event) {
        var data = event.getDataObjectDeserializer();
        try {
            return data.getObject().isPresent() ? data.getObject().get() : data.deserializeUnsafe();
        } catch (EventDataObjectDeserializationException e) {
            throw new IllegalArgumentException("Stripe event " + event.getId() + " carries no readable object", e);
        }
    }
}
