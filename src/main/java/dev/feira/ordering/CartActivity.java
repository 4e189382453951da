package dev.feira.ordering;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import dev.feira.shared.Money;
import dev.feira.shared.TenantId;
import dev.feira.shared.TenantScoped;

/**
 * Something happened to a cart: the recovery module's raw material. Published through the event
 * publication registry, so a listener that has not finished gets it again after a restart.
 *
 * @param value the cart's value after the change, at the buyer's prices
 * @param lines how many lines the cart has after the change
 */
public record CartActivity(TenantId tenant, UUID cart, UUID buyerAccount, Kind kind, String sku, Money value, int lines,
                           Instant at) implements TenantScoped {

    /**
     * Stamped to the microsecond, as the database keeps times: listeners compare the times they
     * stored with the events' own, and a nanosecond the database rounded away would make one
     * instant two.
     */
    public CartActivity {
        at = at.truncatedTo(ChronoUnit.MICROS);
    }

    public enum Kind {
        /** The first line went into an empty cart: a new round of shopping (also after emptying or ordering). */
        CREATED,
        LINE_ADDED, LINE_CHANGED, LINE_REMOVED, VIEWED, EMPTIED,
        /** The buyer asked to place the cart; followed by CONVERTED_TO_ORDER unless the checkout was refused. */
        CHECKOUT_STARTED,
        /** Over the purchaser's limit: the cart became an order awaiting approval and is locked till the decision. */
        SUBMITTED_FOR_APPROVAL,
        /** The approver refused the order: the cart is open again with its lines. */
        APPROVAL_REJECTED,
        CONVERTED_TO_ORDER
    }
}
