package dev.feira.ordering;

import java.util.List;
import java.util.UUID;

import dev.feira.identity.BuyerAccountProfile;

/**
 * Decisions on orders over their purchaser's limits, by the buyer company's approvers, level by
 * level. The signed-in person decides; the purchaser is told.
 */
public interface Approvals {

    /** The buyer's orders waiting for a decision the signed-in person may give, oldest first. */
    List<PlacedOrder> awaitingMyDecision(BuyerAccountProfile buyer);

    /**
     * Who may decide on {@code order} at the level it waits at, by name, for the buyer company's people to know whom to
     * ask; none when it waits for no decision or the caller is not of the order's buyer company (the names stay inside it).
     */
    List<String> awaitedDeciders(PlacedOrder order);

    /**
     * Approves the level waiting for a decision; the last level's approval sends the order to the supplier.
     *
     * @throws ApprovalRefusal when the signed-in person may not decide it (another company, the wrong role, their own order)
     */
    PlacedOrder approve(UUID order, String comment);

    /**
     * Rejects the order (a comment is required); the purchaser's cart opens again with its lines.
     *
     * @throws ApprovalRefusal as for {@link #approve}, or without a comment
     */
    PlacedOrder reject(UUID order, String comment);

    class ApprovalRefusal extends RuntimeException {
        public ApprovalRefusal(String message) {
            super(message);
        }
    }
}
