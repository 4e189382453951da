package dev.feira.ordering;

import java.util.List;

import dev.feira.identity.BuyerAccountProfile;

/**
 * Each buyer company's one open cart at the current supplier, kept on the server: it survives
 * sign-out and other devices, and colleagues of the same company share it.
 */
public interface Carts {

    /** The buyer's cart, checked and priced now (an empty one if it has none). Records that it was viewed. */
    PricedCart view(BuyerAccountProfile buyer);

    /**
     * The buyer's cart as the supplier's team sees it (a rep following up): checked and priced
     * now, without counting as the buyer's activity.
     */
    PricedCart inspect(BuyerAccountProfile buyer);

    /**
     * Adds {@code quantity} in {@code unit} (null: the base unit) to the line of that SKU.
     *
     * @throws CartRefusal when the product is unknown or hidden, the unit unknown or the quantity absurd
     */
    PricedCart add(BuyerAccountProfile buyer, String sku, int quantity, String unit);

    /**
     * Sets a line's quantity in the base unit (0 removes the line).
     *
     * @throws CartRefusal when the line does not exist or the quantity is absurd
     */
    PricedCart change(BuyerAccountProfile buyer, String sku, int quantity);

    PricedCart empty(BuyerAccountProfile buyer);

    /**
     * The taxes on the cart's orderable lines if it were delivered to {@code destinationState} (empty: the supplier's
     * own state), at the prices an order would take (less the supplier's offer).
     */
    dev.feira.taxation.Taxes.TaxedSale taxes(PricedCart cart, java.util.Optional<String> destinationState);

    /** How many lines the buyer's cart holds, without pricing them (the header's count). */
    int lineCount(BuyerAccountProfile buyer);

    /**
     * Adds several lines at once (a quick order, a saved list, an order again): each that can go in does; the others
     * are left out with the reason, and the cart keeps what went in.
     */
    AddedLines addAll(BuyerAccountProfile buyer, List<NewLine> lines);

    /** A line to add: {@code quantity} in {@code unit} (null: the product's base unit). */
    record NewLine(String sku, int quantity, String unit) {
    }

    /** The cart after adding, and the lines that did not go in. */
    record AddedLines(PricedCart cart, int added, List<LeftOut> leftOut) {
    }

    record LeftOut(NewLine line, dev.feira.shared.TranslatedRefusal reason) {
    }

    /** A change the cart refuses; nothing was changed. Its key is {@code cart.refused.<key>}. */
    class CartRefusal extends dev.feira.shared.TranslatedRefusal {
        public CartRefusal(String key, String english, Object... arguments) {
            super("cart.refused." + key, english, arguments);
        }
    }
}
