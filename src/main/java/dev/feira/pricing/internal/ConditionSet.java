package dev.feira.pricing.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.feira.pricing.TradeTerms;
import dev.feira.pricing.internal.PriceBook.PromotionKind;

/**
 * A supplier's conditions as written in a file or a form: buyer accounts are named by account
 * number, products by SKU. {@link ConditionsImport} checks the references and applies the set.
 */
record ConditionSet(Terms defaultTerms, Map<String, Terms> accountTerms, List<PriceListDefinition> priceLists,
                    List<DiscountDefinition> discounts, List<PromotionDefinition> promotions,
                    List<AssortmentEntry> assortments, List<OrderRuleEntry> orderRules) {

    record OrderRuleEntry(String code, String category, String account, String sku, String group, Integer minLot,
                          Integer multiple) {
    }

    record AssortmentEntry(String code, String name, String category, String account, Set<String> groups, Set<String> skus) {
    }

    record Terms(String payment, TradeTerms.Freight freight, int leadTimeDays, BigDecimal freeFreightFrom) {
    }

    record PriceListDefinition(String code, String name, String currency, String category, String account, int priority,
                               Validity validity, Map<String, Map<Integer, BigDecimal>> prices) {
    }

    record DiscountDefinition(String code, String name, String category, String account, String productGroup,
                              BigDecimal percent, Validity validity) {
    }

    record PromotionDefinition(String code, String name, PromotionKind kind, String sku, String productGroup,
                               BigDecimal percent, BigDecimal fixedPrice, int minQuantity, Integer buy, Integer free,
                               String category, Set<String> pilotAccounts, Validity validity) {
    }
}
