package dev.feira.recovery;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import dev.feira.shared.Money;

/**
 * The current supplier's recovery alerts and their follow-up. A sales rep sees the alerts of the
 * accounts they look after; a supplier admin (the sales manager) sees the whole team's.
 */
public interface RecoveryAlerts {

    /** The caller's alerts, newest first; {@code statuses} empty: all. */
    List<Alert> visible(Set<Status> statuses, int offset, int limit);

    long countVisible(Set<Status> statuses);

    /**
     * The caller's call tasks: open alerts whose rule asked for a call that nobody logged yet, the
     * earliest due first. Logging a call ({@link #logContact} with {@link Channel#CALL}) takes it off.
     */
    List<Alert> callsToMake(int offset, int limit);

    long countCallsToMake();

    /** @throws UnknownAlert when there is none by that id the caller may see */
    Alert byId(UUID alert);

    /** The rep has seen it: the response timer keeps running until the first contact. */
    Alert acknowledge(UUID alert);

    /** A contact with the buyer about the cart: the first one stops the response timer. */
    Alert logContact(UUID alert, Channel channel, String note);

    /** Remind the rep at that time (a notice, like the alert itself). */
    Alert remindAt(UUID alert, Instant when);

    /**
     * Closes the alert: {@link Status#RECOVERED} (the buyer will order; an order from the cart also
     * records it by itself) or {@link Status#LOST} with the reason. Recording {@link Status#OPEN}
     * keeps it open with a note ("still open").
     */
    Alert recordOutcome(UUID alert, Status outcome, String note);

    /** What the team did about a cart: its alerts, oldest first, each followed by its contacts and outcome. */
    List<HistoryEntry> historyOfCart(UUID cart);

    /**
     * What the buyer did on a cart the caller follows up (an alert of theirs is on it), newest
     * first: lines added, changed and removed, views, checkouts, the order or the emptying.
     */
    List<CartEvent> activityOfCart(UUID cart, int limit);

    /** Open alerts of the caller whose response time lapsed (no contact yet). */
    long overdue();

    /**
     * Calls back with how many new alerts the caller may see just arrived, whichever instance raised
     * them (a rep: their accounts'; a sales manager: all). For open pages: the callback comes from
     * another thread.
     *
     * @return a handle that stops the callbacks
     */
    Runnable listenForNew(java.util.function.IntConsumer arrived);

    enum Status { OPEN, ACKNOWLEDGED, RECOVERED, LOST, CLOSED }

    enum Channel { CALL, EMAIL, WHATSAPP, VISIT }

    /**
     * An alert as the team sees it.
     *
     * @param idleSince   since when nothing happened on the cart
     * @param respondBy   the first contact is due then (the rule's response time), if the rule sets one
     * @param callDueAt   the call task's due time, if the rule asks for a call
     * @param contacts    the follow-up so far, oldest first
     * @param offer       the discount the rule offers the buyer on the cart, if it offers one
     */
    record Alert(UUID id, UUID cart, String rule, String suggestedAction, UUID buyerAccount, String accountNumber, String buyerName,
                 Optional<UUID> salesRep, Optional<String> salesRepName, Money value, int lines, Instant idleSince, Instant raisedAt,
                 Status status, Optional<Instant> acknowledgedAt, Optional<Instant> firstContactAt, Optional<Instant> respondBy,
                 Optional<Instant> callDueAt, Optional<Instant> remindAt, Optional<Instant> escalatedAt, Optional<String> outcomeNote,
                 Optional<Instant> closedAt, Optional<String> recoveredOrder, Optional<Money> recoveredValue, List<Contact> contacts,
                 Optional<Offer> offer, Optional<String> quoteRfq) {

        /**
         * Not a cart: a submitted quote left undecided, of the RFQ {@code quoteRfq}; {@link #cart} is then the
         * invitation the quote answers (the supplier's quote page).
         */
        public boolean aboutQuote() {
            return quoteRfq.isPresent();
        }

        /** How long the cart had been idle when the alert was raised. */
        public Duration idleAtRaise() {
            return Duration.between(idleSince, raisedAt);
        }

        public boolean isOpen() {
            return status == Status.OPEN || status == Status.ACKNOWLEDGED;
        }

        /** How long the cart has sat idle: until now while the alert is open, until it was closed after. */
        public Duration idleFor(Instant now) {
            return Duration.between(idleSince, isOpen() ? now : closedAt.orElse(now));
        }
    }

    record Contact(Channel channel, String note, String madeBy, Instant at) {
    }

    /**
     * A progressive discount offered on the alert's cart: it grows per day since the cart went idle,
     * up to the cap, until it expires.
     *
     * @param madeAt when the buyer's cart started showing it (empty: not made, the cart was ordered or emptied first)
     */
    record Offer(java.math.BigDecimal percentPerDay, java.math.BigDecimal capPercent, Instant expiresAt, Optional<Instant> madeAt) {
    }

    /**
     * One thing the buyer did on the cart.
     *
     * @param kind  as {@link dev.feira.ordering.CartActivity.Kind} names it
     * @param sku   the line's product, for a line added, changed or removed
     * @param value the cart's value after it
     */
    record CartEvent(Instant at, String kind, Optional<String> sku, Money value, int lines) {
    }

    /** One line of a cart's story: what happened, when, said in words the team reads. */
    record HistoryEntry(Instant at, String what, String detail) {
    }

    class UnknownAlert extends RuntimeException {
        public UnknownAlert(UUID alert) {
            super("No recovery alert " + alert + " here");
        }
    }
}
