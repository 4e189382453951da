package dev.feira.billing.internal;

import java.util.UUID;

import com.stripe.exception.EventDataObjectDeserializationException;
import com.stripe.exception.SignatureVerificationException;
import com.stripe.model.Event;
import com.stripe.model.PaymentIntent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import dev.feira.shared.TenantContext;
import dev.feira.shared.TenantId;

/**
 * Stripe's webhook events: verified, handled in the tenant the payment belongs to, and recorded,
 * so a replay changes nothing. An event is recorded only after it was handled: if handling fails,
 * Stripe delivers it again and it is handled then.
 */
@Service
public class StripeWebhooks {

    private static final Logger log = LoggerFactory.getLogger(StripeWebhooks.class);

    public enum Outcome { HANDLED, REPLAY, IGNORED }

    private final StripeGateway stripe;
    private final StripeEventLog handled;
    private final CardPaymentDesk payments;
    private final TransactionTemplate inTransaction;

    StripeWebhooks(StripeGateway stripe, StripeEventLog handled, CardPaymentDesk payments, PlatformTransactionManager transactions) {
        this.stripe = stripe;
        this.handled = handled;
        this.payments = payments;
        this.inTransaction = new TransactionTemplate(transactions);
    }

    /**
     * @throws SignatureVerificationException when Stripe did not sign it (forged, altered, stale)
     */
    public Outcome receive(String payload, String signature) throws SignatureVerificationException {
        return handle(stripe.verify(payload, signature), null);
    }

    /**
     * An event from a supplier's own Stripe account, signed with that supplier's webhook secret. It
     * may only move that supplier's payments.
     *
     * @throws SignatureVerificationException when the supplier's secret did not sign it (or it has none)
     */
    public Outcome receiveForSupplier(TenantId supplier, String payload, String signature) throws SignatureVerificationException {
        String secret = TenantContext.callAs(supplier, () -> payments.ownWebhookSecret()).orElse(null);
        return handle(stripe.verify(payload, signature, secret), supplier);
    }

    private Outcome handle(Event event, TenantId onlyFor) {
        if (handled.existsById(event.getId())) {
            return Outcome.REPLAY;
        }
        Outcome outcome = switch (event.getType()) {
            case "payment_intent.succeeded" -> onIntent(event, true, onlyFor);
            case "payment_intent.payment_failed" -> onIntent(event, false, onlyFor);
            case "account.updated" -> onlyFor == null ? onAccount(event) : Outcome.IGNORED;
            default -> Outcome.IGNORED;
        };
        handled.record(event.getId(), event.getType(), event.getAccount());
        return outcome;
    }

    private Outcome onIntent(Event event, boolean succeeded, TenantId onlyFor) {
        PaymentIntent intent = intent(event);
        String tenant = intent.getMetadata().get("tenant");
        String order = intent.getMetadata().get("order");
        if (tenant == null || order == null) {
            log.info("Stripe event {} is about an intent Feira did not create ({}); ignored", event.getId(), intent.getId());
            return Outcome.IGNORED;
        }
        if (onlyFor != null && !onlyFor.equals(TenantId.of(tenant))) {
            log.warn("Stripe event {} from {}'s account names another supplier's order; ignored", event.getId(), onlyFor);
            return Outcome.IGNORED;
        }
        Runnable handle = () -> inTransaction.executeWithoutResult(status -> {
            if (succeeded) {
                payments.succeeded(UUID.fromString(order), intent.getId());
            } else {
                var error = intent.getLastPaymentError();
                payments.failed(UUID.fromString(order), intent.getId(), error == null || error.getMessage() == null ? "declined" : error.getMessage());
            }
        });
        TenantContext.runAs(TenantId.of(tenant), () -> {
            // Stripe sends a payment's events close together and in no promised order: when two meet,
            // the later one reads the payment again and decides on what the first left.
            for (int attempt = 1; ; attempt++) {
                try {
                    handle.run();
                    return;
                } catch (OptimisticLockingFailureException concurrent) {
                    if (attempt == 3) {
                        throw concurrent;
                    }
                }
            }
        });
        return Outcome.HANDLED;
    }

    /** A connected account Feira created names its supplier; its charges being enabled decides whether cards are taken. */
    private Outcome onAccount(Event event) {
        var data = event.getDataObjectDeserializer();
        com.stripe.model.Account account;
        try {
            account = (com.stripe.model.Account) (data.getObject().isPresent() ? data.getObject().get() : data.deserializeUnsafe());
        } catch (EventDataObjectDeserializationException e) {
            throw new IllegalArgumentException("Stripe event " + event.getId() + " carries no readable account", e);
        }
        String tenant = account.getMetadata() == null ? null : account.getMetadata().get("tenant");
        if (tenant == null) {
            return Outcome.IGNORED;
        }
        boolean enabled;
        try {
            // Events come late or out of order: what Stripe holds now decides, not what the event carried.
            enabled = Boolean.TRUE.equals(stripe.account(account.getId()).getChargesEnabled());
        } catch (com.stripe.exception.StripeException e) {
            throw new IllegalStateException("Stripe did not answer for " + account.getId() + ": " + e.getMessage(), e);
        }
        TenantContext.runAs(TenantId.of(tenant), () -> inTransaction.executeWithoutResult(status -> payments.accountUpdated(account.getId(), enabled)));
        return Outcome.HANDLED;
    }

    private static PaymentIntent intent(Event event) {
        var data = event.getDataObjectDeserializer();
        try {
            // An event from another API version than stripe-java's still carries the fields read here.
            return (PaymentIntent) (data.getObject().isPresent() ? data.getObject().get() : data.deserializeUnsafe());
        } catch (EventDataObjectDeserializationException e) {
            throw new IllegalArgumentException("Stripe event " + event.getId() + " carries no readable PaymentIntent", e);
        }
    }
}
