package dev.feira.ordering;

import java.math.BigDecimal;
import java.time.Instant;
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
 * @param total       the value of the lines that can be ordered, at today's prices, before any offer
 * @param freeFreight whether what the buyer pays reaches the buyer's free-freight threshold
 * @param awaitingApprovalOf the order the cart became, while that waits for approval: the cart is locked till then
 * @param offer       the supplier's discount on this cart today, while it lasts
 */
public record PricedCart(UUID id, List<Line> lines, Money total, TradeTerms terms, boolean freeFreight, Optional<UUID> awaitingApprovalOf,
                         Optional<Offer> offer) {

    /** What the buyer pays for the cart: its total less the offer's discount. */
    public Money payable() {
        return offer.map(o -> new Money(total.amount().subtract(o.discount().amount()), total.currency())).orElse(total);
    }

    public boolean isEmpty() {
        return lines.isEmpty();
    }

    /** Whether an order can be placed from it now: it has lines, all orderable, and waits for no approval. */
    public boolean orderable() {
        return !isEmpty() && problems() == 0 && awaitingApprovalOf.isEmpty();
    }

    /** Lines that cannot be ordered as they are. */
    public long problems() {
        return lines.stream().filter(l -> l.problem().isPresent()).count();
    }

    /**
     * One line; {@code product}, {@code lot} and {@code price} are empty when the product is gone or
     * no longer visible to the buyer.
     *
     * @param quantity       in the product's base unit
     * @param priceWhenAdded the unit price when the buyer put it in the cart, to show a change
     * @param saleUnit       the bigger unit the buyer chose, if any
     */
    public record Line(String sku, int quantity, Optional<ProductSnapshot> product, Optional<OrderLot> lot,
                       Optional<PriceQuote> price, Optional<Money> priceWhenAdded, Optional<Problem> problem,
                       Optional<OrderedQuantity.SaleUnit> saleUnit) {

        /** The quantity as the buyer chose it: "1 FD (10 CX)". */
        public OrderedQuantity ordered() {
            return new OrderedQuantity(quantity, product.map(ProductSnapshot::unit).orElse(""), saleUnit);
        }

        /** Whether today's unit price differs from the one the buyer saw when adding the line. */
        public boolean priceChanged() {
            return price.isPresent() && priceWhenAdded.isPresent()
                    && price.get().unitPrice().amount().compareTo(priceWhenAdded.get().amount()) != 0;
        }
    }

    /**
     * A discount the supplier offers on the whole cart (see {@link CartOffers}).
     *
     * @param percent       off every line's price today
     * @param discount      what that takes off the cart's total (each unit price rounded to the cent, as the order will have it)
     * @param percentPerDay it grows by this each day the cart waits
     * @param capPercent    up to this
     */
    public record Offer(BigDecimal percent, Money discount, BigDecimal percentPerDay, BigDecimal capPercent, Instant expiresAt) {

        /** A unit price with the offer taken off, rounded to the currency's minor unit. */
        public Money discounted(Money unitPrice) {
            return discounted(unitPrice, percent);
        }

        /** {@code unitPrice} less {@code percent}, rounded to the currency's minor unit. */
        public static Money discounted(Money unitPrice, BigDecimal percent) {
            BigDecimal factor = BigDecimal.ONE.subtract(percent.movePointLeft(2));
            return new Money(unitPrice.amount().multiply(factor), unitPrice.currency()).rounded();
        }

        /** Whether it is still growing: tomorrow's percent is higher than today's. */
        public boolean growing() {
            return percent.compareTo(capPercent) < 0;
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
