package dev.feira.pricing.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.feira.pricing.PriceQuote;
import dev.feira.pricing.PriceQuote.BonusOffer;
import dev.feira.pricing.PriceStep;
import dev.feira.pricing.PriceStep.Kind;
import dev.feira.pricing.Pricing;
import dev.feira.pricing.internal.PriceBook.Buyer;
import dev.feira.pricing.internal.PriceBook.Discount;
import dev.feira.pricing.internal.PriceBook.Item;
import dev.feira.pricing.internal.PriceBook.ListPrices;
import dev.feira.pricing.internal.PriceBook.Promotion;
import dev.feira.pricing.internal.PriceBook.PromotionKind;
import dev.feira.shared.Money;

/**
 * Resolves one price from a {@link PriceBook}. A pure function of the book, the buyer, the item,
 * the quantity and the day, so the same question always gets the same answer and trace.
 * <p>
 * Precedence, in the order applied (see {@code docs/decisions/003-price-resolution.md}):
 * <ol>
 * <li><b>Base price.</b> The first price found for the SKU and quantity, looking at: the buyer's
 * own price lists (an <em>individual price</em>), then the lists of the buyer's customer category,
 * then the general lists, and finally the catalog's list price. Only lists valid on the day count.
 * Among several lists of one level, the higher priority wins, then the one valid from the later
 * day. Within a list, the volume tier with the largest lower bound not above the quantity prices
 * it; a list whose first tier starts above the quantity does not price it.</li>
 * <li><b>Discount.</b> An individual price is a negotiated net price: no discount applies on top.
 * Otherwise the single most specific valid discount applies (never several): for the account, then
 * for the category, then for every buyer; a discount naming a product group beats one of the same
 * audience without; a deeper group beats a shallower one; on a tie, the larger percentage.</li>
 * <li><b>Promotion.</b> A valid promotion for the buyer (pilot group, category or everyone), the
 * SKU or its group, and at least its minimum quantity, applies only if it lowers the price: a
 * percentage comes off the price so far, a fixed price replaces it. Of several, the lowest price
 * wins. "Buy N, get M free" promotions leave the unit price alone and come as a bonus offer.</li>
 * <li><b>Rounding.</b> Once, at the end, to the currency's minor unit, half-even. The total is the
 * rounded unit price times the quantity.</li>
 * </ol>
 */
final class PriceResolver {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final MathContext PRECISION = MathContext.DECIMAL64;

    private PriceResolver() {
    }

    static PriceQuote resolve(PriceBook book, Buyer buyer, Item item, int quantity, LocalDate day) {
        if (quantity < 1 || quantity > Pricing.MAX_QUANTITY) {
            throw new IllegalArgumentException("quantity must be between 1 and " + Pricing.MAX_QUANTITY + ", not " + quantity);
        }
        var trace = new ArrayList<PriceStep>(4);
        BigDecimal price = item.listPrice();
        trace.add(new PriceStep(Kind.LIST_PRICE, null, null, null, null, price));

        boolean individual = false;
        PriceStep base = null;
        if (buyer != null) {
            base = firstListPrice(book.listsOfAccount(buyer.account()), item.sku(), quantity, day, Kind.INDIVIDUAL_PRICE);
            individual = base != null;
            if (base == null) {
                base = firstListPrice(book.listsOfCategory(buyer.category()), item.sku(), quantity, day, Kind.PRICE_LIST);
            }
        }
        if (base == null) {
            base = firstListPrice(book.generalLists(), item.sku(), quantity, day, Kind.PRICE_LIST);
        }
        if (base != null) {
            price = base.unitPrice();
            trace.add(base);
        }

        if (!individual) {
            Discount discount = bestDiscount(book, buyer, item, day);
            if (discount != null) {
                price = percentOff(price, discount.percent());
                trace.add(new PriceStep(Kind.DISCOUNT, discount.code(), discount.name(), null, discount.percent(), price));
            }
        }

        Promotion bonus = null;
        Promotion lowering = null;
        BigDecimal promoted = price;
        for (var candidates : List.of(book.promotionsOfSku(item.sku()), book.groupPromotions())) {
            for (Promotion promotion : candidates) {
                if (!promotion.covers(item) || !promotion.validity().covers(day) || quantity < promotion.minQuantity()
                        || !promotion.audience().includes(buyer)) {
                    continue;
                }
                if (promotion.kind() == PromotionKind.BONUS) {
                    if (bonus == null || generosity(promotion) > generosity(bonus)) {
                        bonus = promotion;
                    }
                    continue;
                }
                BigDecimal candidate = promotion.kind() == PromotionKind.PERCENT
                        ? percentOff(price, promotion.percent()) : promotion.fixedPrice();
                if (candidate.compareTo(promoted) < 0) {
                    promoted = candidate;
                    lowering = promotion;
                }
            }
        }
        if (lowering != null) {
            price = promoted;
            trace.add(new PriceStep(Kind.PROMOTION, lowering.code(), lowering.name(), null,
                    lowering.kind() == PromotionKind.PERCENT ? lowering.percent() : null, price));
        }

        var currency = book.currency();
        var unit = new Money(price, currency).rounded();
        var total = new Money(unit.amount().multiply(BigDecimal.valueOf(quantity)), currency);
        var offer = Optional.ofNullable(bonus).map(b -> new BonusOffer(b.code(), b.name(), b.buy(), b.free()));
        return new PriceQuote(item.sku(), quantity, new Money(item.listPrice(), currency).rounded(), unit, total, trace, offer);
    }

    private static PriceStep firstListPrice(List<ListPrices> lists, String sku, int quantity, LocalDate day, Kind kind) {
        for (ListPrices list : lists) {
            if (!list.validity().covers(day)) {
                continue;
            }
            TierTable tiers = list.prices().get(sku);
            if (tiers == null) {
                continue;
            }
            int tier = tiers.tierFor(quantity);
            if (tier >= 0) {
                return new PriceStep(kind, list.code(), list.name(), tiers.fromQuantity(tier), null, tiers.unitPrice(tier));
            }
        }
        return null;
    }

    private static Discount bestDiscount(PriceBook book, Buyer buyer, Item item, LocalDate day) {
        Discount best = null;
        if (buyer != null) {
            best = better(best, book.discountsOfAccount(buyer.account()), item, day);
            best = better(best, book.discountsOfCategory(buyer.category()), item, day);
        }
        return better(best, book.generalDiscounts(), item, day);
    }

    private static Discount better(Discount best, List<Discount> candidates, Item item, LocalDate day) {
        for (Discount candidate : candidates) {
            if (!candidate.validity().covers(day) || !ProductGroup.contains(candidate.productGroup(), item.category())) {
                continue;
            }
            if (best == null || compare(candidate, best) > 0) {
                best = candidate;
            }
        }
        return best;
    }

    private static int compare(Discount a, Discount b) {
        int bySpecificity = Integer.compare(a.specificity(), b.specificity());
        if (bySpecificity != 0) {
            return bySpecificity;
        }
        int byDepth = Integer.compare(ProductGroup.depth(a.productGroup()), ProductGroup.depth(b.productGroup()));
        return byDepth != 0 ? byDepth : a.percent().compareTo(b.percent());
    }

    private static double generosity(Promotion bonus) {
        return (double) bonus.free() / bonus.buy();
    }

    private static BigDecimal percentOff(BigDecimal price, BigDecimal percent) {
        return price.multiply(HUNDRED.subtract(percent), PRECISION).divide(HUNDRED, PRECISION)
                .setScale(Math.max(price.scale(), 4), RoundingMode.HALF_EVEN);
    }
}
