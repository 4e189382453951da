package dev.feira.recovery.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import dev.feira.ordering.CartActivity;
import dev.feira.recovery.internal.CartWatches.Watch;

/**
 * How a cart's watch follows its activity. Listeners run in parallel and may see a cart's events
 * out of order (a checkout's CHECKOUT_STARTED after its CONVERTED_TO_ORDER): each fact moves only
 * forward in time, so a late event cannot undo a newer one.
 * <p>
 * A change of the cart's lines starts a new episode: the rules measure the cart afresh and may fire
 * on it again (changes stamped with one instant are one change). Views and sign-ins are activity,
 * not change.
 */
final class CartEpisodes {

    static final String OPEN = "OPEN";
    static final String CHECKOUT_STARTED = "CHECKOUT_STARTED";
    static final String AWAITING_APPROVAL = "AWAITING_APPROVAL";
    static final String ORDERED = "ORDERED";
    static final String EMPTIED = "EMPTIED";

    /** Who the buyer is at the supplier, at the time of the event. */
    record Account(String accountNumber, String buyerName, String customerCategory, UUID salesRep) {
    }

    private CartEpisodes() {
    }

    /** The watch after the event; a cart seen for the first time starts its first episode. */
    static Watch apply(Optional<Watch> current, CartActivity event, Account account) {
        Instant at = event.at();
        BigDecimal value = event.value() == null ? BigDecimal.ZERO : event.value().amount();
        String currency = event.value() == null ? current.map(Watch::currency).orElse("BRL") : event.value().currency().getCurrencyCode();
        if (current.isEmpty()) {
            String state = switch (event.kind()) {
                case EMPTIED -> EMPTIED;
                case CONVERTED_TO_ORDER -> ORDERED;
                case CHECKOUT_STARTED -> CHECKOUT_STARTED;
                case SUBMITTED_FOR_APPROVAL -> AWAITING_APPROVAL;
                default -> event.lines() == 0 ? EMPTIED : OPEN;
            };
            return new Watch(event.cart(), event.buyerAccount(), account.accountNumber(), account.buyerName(), account.customerCategory(),
                    account.salesRep(), 1, state, at, at, at, at, null, value, currency, event.lines());
        }
        Watch w = current.get();
        Instant activity = later(w.lastActivityAt(), at);
        // A state the cart entered before its latest line change is over: the change (seen first) reopened it.
        boolean newerState = !at.isBefore(w.stateSince()) && !at.isBefore(w.lastChangeAt());
        return switch (event.kind()) {
            case VIEWED -> with(w, account, w.episode(), w.state(), w.stateSince(), w.startedAt(), activity, w.lastChangeAt(), w.value(),
                    currency, w.lines());
            case CREATED, LINE_ADDED, LINE_CHANGED, LINE_REMOVED, APPROVAL_REJECTED -> {
                if (at.isBefore(w.lastChangeAt())) { // an older change than one already seen: only the activity counts
                    yield with(w, account, w.episode(), w.state(), w.stateSince(), w.startedAt(), activity, w.lastChangeAt(), w.value(),
                            currency, w.lines());
                }
                String state = event.lines() == 0 ? EMPTIED : OPEN;
                boolean restarted = event.kind() == CartActivity.Kind.CREATED || EMPTIED.equals(w.state()) || ORDERED.equals(w.state());
                // Changes of one instant are one change (a cart's CREATED and its first LINE_ADDED): one episode.
                int episode = at.isAfter(w.lastChangeAt()) ? w.episode() + 1 : w.episode();
                yield with(w, account, episode, state, state.equals(w.state()) ? w.stateSince() : at,
                        restarted ? at : w.startedAt(), activity, at, value, currency, event.lines());
            }
            case EMPTIED -> newerState
                    ? with(w, account, w.episode(), EMPTIED, at, w.startedAt(), activity, later(w.lastChangeAt(), at), BigDecimal.ZERO,
                            currency, 0)
                    : w;
            case CHECKOUT_STARTED, SUBMITTED_FOR_APPROVAL, CONVERTED_TO_ORDER -> {
                if (!newerState) {
                    yield with(w, account, w.episode(), w.state(), w.stateSince(), w.startedAt(), activity, w.lastChangeAt(), w.value(),
                            currency, w.lines());
                }
                String state = switch (event.kind()) {
                    case CHECKOUT_STARTED -> CHECKOUT_STARTED;
                    case SUBMITTED_FOR_APPROVAL -> AWAITING_APPROVAL;
                    default -> ORDERED;
                };
                yield with(w, account, w.episode(), state, at, w.startedAt(), activity, w.lastChangeAt(), value, currency, event.lines());
            }
        };
    }

    static boolean closed(Watch watch) {
        return ORDERED.equals(watch.state()) || EMPTIED.equals(watch.state());
    }

    private static Watch with(Watch w, Account account, int episode, String state, Instant stateSince, Instant startedAt, Instant activity,
                              Instant change, BigDecimal value, String currency, int lines) {
        return new Watch(w.cart(), w.buyerAccount(), account.accountNumber(), account.buyerName(), account.customerCategory(),
                account.salesRep(), episode, state, stateSince, startedAt, activity, change, w.lastSignInAt(), value, currency, lines);
    }

    private static Instant later(Instant a, Instant b) {
        return a == null || b.isAfter(a) ? b : a;
    }
}
