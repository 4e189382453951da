package dev.feira.rfq;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a request for quotation stands. Only the moves {@link #mayBecome} allows happen; each is announced as an event.
 * Drawn in docs/decisions/005-rfq.md.
 */
public enum RfqStatus {
    /** The buyer is writing it; no supplier sees it. */
    DRAFT,
    /** Sent to the invited suppliers, who quote until the response deadline. */
    PUBLISHED,
    /** The deadline passed: quotes are in (and, if sealed, now visible to the buyer). */
    CLOSED,
    /** A negotiation round: the chosen suppliers revise until the round's deadline. */
    NEGOTIATING,
    /** The award waits for the buyer company's approvers. */
    AWARD_PENDING_APPROVAL,
    /** Lines awarded; orders follow. */
    AWARDED,
    /** The award became orders at the suppliers. */
    ORDERED,
    CANCELLED,
    /** Closed without any quote, or never awarded before the quotes' validity ran out. */
    EXPIRED;

    public boolean mayBecome(RfqStatus next) {
        return switch (this) {
            case DRAFT -> Set.of(PUBLISHED, CANCELLED).contains(next);
            case PUBLISHED -> Set.of(CLOSED, CANCELLED, EXPIRED).contains(next);
            case CLOSED -> Set.of(NEGOTIATING, AWARD_PENDING_APPROVAL, AWARDED, CANCELLED, EXPIRED).contains(next);
            case NEGOTIATING -> Set.of(CLOSED, CANCELLED).contains(next);
            case AWARD_PENDING_APPROVAL -> Set.of(AWARDED, CLOSED, CANCELLED).contains(next);
            case AWARDED -> next == ORDERED;
            case ORDERED, CANCELLED, EXPIRED -> false;
        };
    }

    /** Suppliers may (still) submit quotes. */
    public boolean takesQuotes() {
        return this == PUBLISHED || this == NEGOTIATING;
    }

    public static Set<RfqStatus> finished() {
        return EnumSet.of(ORDERED, CANCELLED, EXPIRED);
    }
}
