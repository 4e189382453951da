package dev.feira.tenancy;

/**
 * Where a supplier tenant stands with the platform. Its portal answers buyers while it is {@link #serves() serving};
 * a suspended one shows a "temporarily unavailable" page (nothing is deleted), a cancelled one is closed.
 */
public enum TenantStatus {
    /** Signing up: the portal is being set up and not yet public. */
    ONBOARDING,
    /** On its plan's trial. */
    TRIAL,
    ACTIVE,
    /** An invoice is unpaid; the portal still serves during the grace period. */
    PAST_DUE,
    /** Closed for now by an operator (or after dunning): its data stays, its portal and API do not answer. */
    SUSPENDED,
    /** Left the platform: closed for good (its data exported on the way out). */
    CANCELLED;

    public boolean serves() {
        return this != SUSPENDED && this != CANCELLED;
    }

    public boolean mayBecome(TenantStatus next) {
        return switch (this) {
            case ONBOARDING -> next == TRIAL || next == ACTIVE || next == CANCELLED;
            case TRIAL, ACTIVE -> next == ACTIVE || next == PAST_DUE || next == SUSPENDED || next == CANCELLED;
            case PAST_DUE -> next == ACTIVE || next == SUSPENDED || next == CANCELLED;
            case SUSPENDED -> next == ACTIVE || next == CANCELLED;
            case CANCELLED -> false;
        };
    }
}
