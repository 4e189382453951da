package dev.feira.pricing;

import java.util.List;
import java.util.Optional;

import dev.feira.catalog.ProductSnapshot;
import dev.feira.identity.BuyerAccountProfile;

/**
 * Prices products of the current supplier for one buyer account (or for no account: the general
 * conditions). Every price comes with its trace.
 */
public interface Pricing {

    /**
     * The price of {@code quantity} units of {@code product} for {@code buyer} today.
     *
     * @throws IllegalArgumentException when the quantity is below 1 or above {@link #MAX_QUANTITY}
     */
    PriceQuote quote(ProductSnapshot product, int quantity, Optional<BuyerAccountProfile> buyer);

    /** The lot the buyer orders the product in: its own order rule's, or the product's. */
    OrderLot orderLot(ProductSnapshot product, Optional<BuyerAccountProfile> buyer);

    /** Prices a page of products, each at the buyer's minimum lot, in the order given. */
    List<PriceQuote> quoteAtMinimumLot(List<ProductSnapshot> products, Optional<BuyerAccountProfile> buyer);

    /** The payment and delivery terms the buyer gets (the supplier's defaults when it has none of its own). */
    TradeTerms terms(Optional<BuyerAccountProfile> buyer);

    /** What of the catalog the buyer may see; empty for the whole catalog (also for visitors and staff). */
    Optional<Assortment> assortment(Optional<BuyerAccountProfile> buyer);

    /** The conditions one buyer account has, for the supplier's account overview. */
    AccountConditions conditionsOf(BuyerAccountProfile buyer);

    /** Larger quantities are not a price question but a data-entry mistake. */
    int MAX_QUANTITY = 1_000_000;
}
