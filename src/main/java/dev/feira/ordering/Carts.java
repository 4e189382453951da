package dev.feira.ordering;

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

    /** A change the cart refuses; nothing was changed. Its key is {@code cart.refused.<key>}. */
    class CartRefusal extends dev.feira.shared.TranslatedRefusal {
        public CartRefusal(String key, String english, Object... arguments) {
            super("cart.refused." + key, english, arguments);
        }
    }
}
