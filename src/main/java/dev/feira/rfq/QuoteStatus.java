package dev.feira.rfq;

/** Where one supplier's answer to an invitation stands. Moves are guarded by {@link #mayBecome}. */
public enum QuoteStatus {
    /** Invited, not opened yet: the response clock runs. */
    INVITED,
    /** Opened by someone at the supplier. */
    VIEWED,
    /** A revision was submitted (the latest counts; earlier ones stay as they were). */
    SUBMITTED,
    /** The supplier took its quote back. */
    WITHDRAWN,
    /** The supplier said it will not quote: an answer too. */
    DECLINED,
    /** The deadline passed without an answer. */
    EXPIRED,
    AWARDED,
    PARTIALLY_AWARDED,
    NOT_AWARDED,
    /** The buyer called the request off. */
    CANCELLED;

    public boolean mayBecome(QuoteStatus next) {
        return switch (this) {
            case INVITED -> next == VIEWED || next == SUBMITTED || next == DECLINED || next == EXPIRED || next == CANCELLED;
            case VIEWED -> next == SUBMITTED || next == DECLINED || next == EXPIRED || next == CANCELLED;
            case SUBMITTED -> next == SUBMITTED || next == WITHDRAWN || next == AWARDED || next == PARTIALLY_AWARDED
                    || next == NOT_AWARDED || next == CANCELLED;
            case WITHDRAWN, DECLINED -> next == SUBMITTED || next == NOT_AWARDED || next == CANCELLED;
            case EXPIRED -> next == NOT_AWARDED || next == CANCELLED;
            case AWARDED, PARTIALLY_AWARDED, NOT_AWARDED, CANCELLED -> false;
        };
    }

    /** Still waiting for the supplier's first answer. */
    public boolean unanswered() {
        return this == INVITED || this == VIEWED;
    }
}
