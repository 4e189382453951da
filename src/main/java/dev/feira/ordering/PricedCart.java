package dev.feira.ordering;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.feira.catalog.ProductSnapshot;
import dev.feira.pricing.OrderLot;
import dev.feira.pricing.PriceQuote;
import dev.feira.pricing.TradeTerms;
import dev.feira.shared.Money;

/**
 * A cart as the buyer sees it now: every line re-checked and re-priced at today's conditions,
 * with what changed since the line was added.
 *
 * @param freeFreight whether the total reaches the buyer's free-freight threshold
 * @param awaitingApprovalOf the order the cart became, while that waits for approval: the cart is locked till then
 */
public record PricedCart(UUID id, List<Line> lines, Money total, TradeTerms terms, boolean freeFreight, Optional<UUID> awaitingApprovalOf) {

    public boolean isEmpty() {
        return lines.isEmpty();
    }

    /** Lines that cannot be ordered as they are. */
    public long problems() {
        return lines.stream().filter(l -> l.problem().isPresent()).count();
    }

    /**
     * One line; {@code product}, {@code lot} and {@code price} are empty when the product is gone or
     * no longer visible to the buyer.
     *
     * @param priceWhenAdded the unit price when the buyer put it in the cart, to show a change
     */
    public record Line(String sku, int quantity, Optional<ProductSnapshot> product, Optional<OrderLot> lot,
                       Optional<PriceQuote> price, Optional<Money> priceWhenAdded, Optional<Problem> problem) {

        /** Whether today's unit price differs from the one the buyer saw when adding the line. */
        public boolean priceChanged() {
            return price.isPresent() && priceWhenAdded.isPresent()
                    && price.get().unitPrice().amount().compareTo(priceWhenAdded.get().amount()) != 0;
        }
    }

    public enum Problem {
        /** The product was removed or left the buyer's assortment. */
        UNAVAILABLE,
        /** Fewer than the buyer's minimum lot. */
        BELOW_MINIMUM_LOT,
        /** Not a multiple of the buyer's order multiple. */
        NOT_A_MULTIPLE,
        /** More than the supplier holds now. */
        NOT_ENOUGH_STOCK
    }
}
