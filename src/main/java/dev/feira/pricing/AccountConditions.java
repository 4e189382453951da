package dev.feira.pricing;

import java.util.List;
import java.util.Optional;

/**
 * What one buyer account gets at the supplier, in words a sales rep reads: the price lists that
 * apply to it (its own first), its discounts, the promotions aimed at it, its own lots, its
 * assortment and its terms.
 */
public record AccountConditions(List<String> priceLists, List<String> discounts, List<String> promotions,
                                List<String> orderRules, Optional<Assortment> assortment, TradeTerms terms) {
}
