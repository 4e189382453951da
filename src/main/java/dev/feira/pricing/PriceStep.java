package dev.feira.pricing;

import java.math.BigDecimal;

/**
 * One step of a price resolution, in the order applied: where the price came from (the catalog
 * list price, a price list and its volume tier), then the discount and the promotion that changed
 * it. {@code unitPrice} is the unit price after this step, unrounded.
 *
 * @param ruleCode     the supplier's code of the list, discount or promotion; null for the list price
 * @param ruleName     its name, as the supplier wrote it
 * @param fromQuantity the volume tier's lower bound, for price-list steps
 * @param percent      the percentage taken off, for discounts and percentage promotions
 */
public record PriceStep(Kind kind, String ruleCode, String ruleName, Integer fromQuantity, BigDecimal percent,
                        BigDecimal unitPrice) {

    public enum Kind {
        /** The catalog's list price: nothing more specific applies. */
        LIST_PRICE,
        /** A price list's price for this quantity (general, the buyer's category, or the buyer's own). */
        PRICE_LIST,
        /** The buyer's own negotiated price: final, no discount on top. */
        INDIVIDUAL_PRICE,
        /** A discount rule for the buyer, its category or the product group. */
        DISCOUNT,
        /** A time-boxed promotion that lowered the price. */
        PROMOTION
    }

    private String tier() {
        return fromQuantity != null && fromQuantity > 1 ? ", volume tier from " + fromQuantity + " units" : "";
    }

    /** A plain-English sentence, for API readers; the portal renders its own translation. */
    public String explanation() {
        return switch (kind) {
            case LIST_PRICE -> "Catalog list price";
            case PRICE_LIST -> "Price list " + ruleCode + " (" + ruleName + ")" + tier();
            case INDIVIDUAL_PRICE -> "Individual price list " + ruleCode + " (" + ruleName + ")" + tier();
            case DISCOUNT -> "Discount " + ruleCode + " (" + ruleName + "): " + percent.stripTrailingZeros().toPlainString() + "% off";
            case PROMOTION -> percent == null
                    ? "Promotion " + ruleCode + " (" + ruleName + "): promotional price"
                    : "Promotion " + ruleCode + " (" + ruleName + "): " + percent.stripTrailingZeros().toPlainString() + "% off";
        };
    }
}
