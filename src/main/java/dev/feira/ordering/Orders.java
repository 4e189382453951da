package dev.feira.ordering;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.UUID;

import dev.feira.identity.BuyerAccountProfile;
import dev.feira.pricing.TradeTerms.PaymentMethod;

/** The current supplier's orders: placed by buyers from their carts, handled by the supplier. */
public interface Orders {

    /**
     * Places the buyer's cart as an order and empties the cart. The same {@code checkoutKey} again
     * (a double click, a retried request) answers the order already placed instead of a second one.
     *
     * @throws CheckoutRefusal when the cart is empty or a line cannot be ordered as it is
     */
    default PlacedOrder place(BuyerAccountProfile buyer, String checkoutKey) {
        return place(buyer, checkoutKey, Checkout.by(null));
    }

    /**
     * Places the cart to be paid by {@code method} (null: on invoice when the terms allow it,
     * otherwise by card).
     *
     * @throws CheckoutRefusal also when the method is not among {@link #paymentMethods}
     */
    default PlacedOrder place(BuyerAccountProfile buyer, String checkoutKey, PaymentMethod method) {
        return place(buyer, checkoutKey, Checkout.by(method));
    }

    /**
     * Places the cart as {@code checkout} says: payment, the buyer's PO number, ship-to address, requested delivery
     * date and note, all carried to the order.
     *
     * @throws CheckoutRefusal also when the PO number or note is too long, the date is in the past or more than a
     *                         year ahead, or the ship-to address is not the buyer company's
     */
    PlacedOrder place(BuyerAccountProfile buyer, String checkoutKey, Checkout checkout);

    /**
     * Places an order at the prices and terms the supplier quoted (an award), to be paid on invoice, through the same
     * approvals as a cart's order. The same {@code orderKey} again answers the order already placed.
     *
     * @throws CheckoutRefusal when the order has no line or a line makes no sense
     */
    PlacedOrder placeQuoted(BuyerAccountProfile buyer, String orderKey, QuotedOrder order);

    /**
     * How the buyer may pay here now: what its terms offer, a card only where the supplier takes
     * cards. Never empty: terms that offer only a card fall back to invoice while cards are not taken.
     */
    Set<PaymentMethod> paymentMethods(BuyerAccountProfile buyer);

    /**
     * Whether an order of {@code amount} placed now by the calling person would wait for approval, and who would
     * decide first: told before the purchaser submits. Empty within the purchaser's limits (and for an integration
     * client, whose orders were approved in the buyer's own system).
     */
    Optional<ApprovalForecast> approvalForecast(BuyerAccountProfile buyer, dev.feira.shared.Money amount);

    /**
     * @param levels         how many approvals the order needs
     * @param firstDeciders  who may give the first (the company's people with that level's role)
     */
    record ApprovalForecast(int levels, List<String> firstDeciders) {
    }

    /** The buyer's own orders in a status (empty: all), newest first. */
    List<PlacedOrder> ofBuyer(BuyerAccountProfile buyer, Optional<OrderStatus> status, int page, int size);

    long countOfBuyer(BuyerAccountProfile buyer, Optional<OrderStatus> status);

    /** The supplier's inbox: orders in a status (empty: all), newest first. */
    default List<PlacedOrder> inbox(Optional<OrderStatus> status, int page, int size) {
        return inbox(status.map(java.util.EnumSet::of).orElseGet(() -> java.util.EnumSet.allOf(OrderStatus.class)), page, size);
    }

    default long countInbox(Optional<OrderStatus> status) {
        return countInbox(status.map(java.util.EnumSet::of).orElseGet(() -> java.util.EnumSet.allOf(OrderStatus.class)));
    }

    /** The supplier's inbox: orders in any of {@code statuses}, newest first. */
    List<PlacedOrder> inbox(Set<OrderStatus> statuses, int page, int size);

    long countInbox(Set<OrderStatus> statuses);

    Optional<PlacedOrder> byId(UUID id);

    /**
     * Moves an order to {@code target}: rejected (with a reason), cancelled, confirmed (as
     * {@link #confirm} with no line declined), invoiced (as {@link #invoice}). Shipping and
     * delivering go through {@link Deliveries}; payment through {@link #recordPayment}.
     *
     * @throws IllegalTransition when the order's status may not become {@code target}
     * @throws dev.feira.catalog.NotEnoughStock when confirming and a line's stock falls short; the order stays as it was
     */
    PlacedOrder move(UUID order, OrderStatus target, String reason);

    /**
     * The supplier confirms the order, declining the lines named (SKU to reason); the stock of the
     * accepted lines is taken, all or none. Declining every line rejects the order.
     *
     * @throws IllegalTransition when the order is no longer open for confirmation
     * @throws dev.feira.catalog.NotEnoughStock when an accepted line's stock falls short; the order stays as it was
     */
    PlacedOrder confirm(UUID order, Map<String, String> declinedLines, String note);

    /**
     * The supplier confirms the order line by line: a line not named is confirmed as ordered; a named one may be
     * confirmed with less (with why), promised for a date, or declined (quantity 0, with why). The stock of what is
     * confirmed is taken, all or none; the line totals and taxes follow the confirmed quantities. Declining every line
     * rejects the order.
     *
     * @throws ConfirmationRefusal when a change cannot be made (more than ordered, no reason, a date in the past)
     * @throws IllegalTransition when the order is no longer open for confirmation
     * @throws dev.feira.catalog.NotEnoughStock when an accepted line's stock falls short; the order stays as it was
     */
    PlacedOrder confirm(UUID order, java.util.List<LineConfirmation> lines, String note);

    /**
     * How one line is confirmed.
     *
     * @param quantity    the quantity confirmed in the line's base unit (as {@link PlacedOrder.Line#quantity()}); null keeps
     *                    the ordered one, 0 declines the line
     * @param promisedFor the day the supplier promises the line for, if it says
     * @param reason      why less or nothing is confirmed; the buyer reads it
     */
    record LineConfirmation(String sku, Integer quantity, java.time.LocalDate promisedFor, String reason) {
        public static LineConfirmation declined(String sku, String reason) {
            return new LineConfirmation(sku, 0, null, reason);
        }
    }

    /** A confirmation that cannot be made as asked; the order stays as it was. Its key is {@code order.refused.<key>}. */
    class ConfirmationRefusal extends dev.feira.shared.TranslatedRefusal {
        public ConfirmationRefusal(String key, String english, Object... arguments) {
            super("order.refused." + key, english, arguments);
        }
    }

    /**
     * Issues the invoice of a delivered order: numbered per supplier, due by the order's payment terms.
     *
     * @throws IllegalTransition when the order is not delivered yet
     */
    PlacedOrder invoice(UUID order);

    /** The buyer calls off its own order before the supplier confirmed it. */
    PlacedOrder cancel(BuyerAccountProfile buyer, UUID order, String reason);

    /**
     * Money arrived for the order (a card payment, a bank reconciliation from the ERP). An invoiced
     * order becomes paid; one paid before invoicing becomes paid when invoiced. Recording it again
     * changes nothing.
     */
    PlacedOrder recordPayment(UUID order, String reference);

    /** A card payment failed; the buyer sees why and may try again. Ignored once the order is paid. */
    PlacedOrder recordPaymentFailure(UUID order, String reason);

    /** An order that cannot be placed as asked; nothing was placed. Its key is {@code checkout.refused.<key>}. */
    class CheckoutRefusal extends dev.feira.shared.TranslatedRefusal {
        public CheckoutRefusal(String key, String english, Object... arguments) {
            super("checkout.refused." + key, english, arguments);
        }
    }

    class IllegalTransition extends RuntimeException {
        public IllegalTransition(String number, OrderStatus from, OrderStatus to) {
            super("Order " + number + " is " + from + " and cannot become " + to);
        }
    }
}
