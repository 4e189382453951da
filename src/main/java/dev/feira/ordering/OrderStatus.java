package dev.feira.ordering;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an order stands. Each status names the ones it may move to; anything else is refused, so
 * an order can never, say, be shipped before the supplier confirmed it.
 */
public enum OrderStatus {
    SUBMITTED, AWAITING_APPROVAL, APPROVED, CONFIRMED, REJECTED, PARTLY_SHIPPED, SHIPPED, DELIVERED, INVOICED, PAID, CANCELLED;

    public Set<OrderStatus> next() {
        return switch (this) {
            case SUBMITTED -> EnumSet.of(AWAITING_APPROVAL, CONFIRMED, REJECTED, CANCELLED);
            case AWAITING_APPROVAL -> EnumSet.of(APPROVED, REJECTED, CANCELLED);
            case APPROVED -> EnumSet.of(CONFIRMED, REJECTED, CANCELLED);
            case CONFIRMED -> EnumSet.of(PARTLY_SHIPPED, SHIPPED);
            case PARTLY_SHIPPED -> EnumSet.of(PARTLY_SHIPPED, SHIPPED);
            case SHIPPED -> EnumSet.of(DELIVERED);
            case DELIVERED -> EnumSet.of(INVOICED);
            case INVOICED -> EnumSet.of(PAID);
            case PAID, REJECTED, CANCELLED -> EnumSet.noneOf(OrderStatus.class);
        };
    }

    /** What waits for the supplier to confirm or reject: new orders and those the buyer's approvers approved. */
    public static Set<OrderStatus> awaitingSupplier() {
        return EnumSet.of(SUBMITTED, APPROVED);
    }

    public boolean mayBecome(OrderStatus target) {
        return next().contains(target);
    }
}
