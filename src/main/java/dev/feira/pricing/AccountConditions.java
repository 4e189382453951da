package dev.feira.pricing;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * What one buyer account gets at the supplier, as a sales rep reads it: the price lists that apply to it (its own
 * first), its discounts, the promotions aimed at it, its own lots, its assortment and its terms. The page words them
 * in the rep's language.
 */
public record AccountConditions(List<PriceListApplied> priceLists, List<DiscountApplied> discounts, List<PromotionApplied> promotions,
                                List<LotApplied> orderRules, Optional<Assortment> assortment, TradeTerms terms) {

    public record PriceListApplied(String name, String code, boolean validToday) {
    }

    /** @param productGroup the group the discount is limited to, if it is */
    public record DiscountApplied(String name, String code, BigDecimal percent, Optional<String> productGroup) {
    }

    public record PromotionApplied(String name, String code) {
    }

    /** @param target the SKU or product group the rule is for */
    public record LotApplied(String code, String target, Optional<Integer> minimum, Optional<Integer> multiple) {
    }
}
