package dev.feira.pricing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a supplier edits by hand: price lists with their tiers, discounts, promotions and trade
 * terms of the current tenant. Every save checks its references (accounts, SKUs) and rules first
 * and is all or nothing; buyers get the new prices at once.
 */
public interface ConditionsEditor {

    List<PriceListDraft> priceLists();

    Optional<PriceListDraft> priceList(String code);

    /** @throws InvalidConditions listing every problem; nothing is saved */
    void save(PriceListDraft list);

    List<DiscountDraft> discounts();

    /** @throws InvalidConditions listing every problem; nothing is saved */
    void save(DiscountDraft discount);

    List<PromotionDraft> promotions();

    /** @throws InvalidConditions listing every problem; nothing is saved */
    void save(PromotionDraft promotion);

    /** Removes a price list, discount or promotion by its code; unknown codes change nothing. */
    void remove(Kind kind, String code);

    /**
     * Sets an account's own payment and delivery terms ({@code accountNumber} null: the supplier's defaults).
     *
     * @throws InvalidConditions listing every problem; nothing is saved
     */
    void saveTerms(String accountNumber, TermsDraft terms);

    /** The customer categories the supplier uses: on accounts, price lists, discounts, promotions. */
    Set<String> customerCategories();

    enum Kind { PRICE_LIST, DISCOUNT, PROMOTION }

    /** One volume tier: from {@code minQuantity} units on, {@code unitPrice} each. */
    record Tier(String sku, int minQuantity, BigDecimal unitPrice) {
    }

    /**
     * A price list for everyone (no category, no account), a customer category, or one buyer
     * account (individual prices); a higher priority wins among lists of the same audience.
     */
    record PriceListDraft(String code, String name, String currency, String category, String accountNumber, int priority,
                          LocalDate validFrom, LocalDate validUntil, List<Tier> tiers) {
    }

    /** A percentage off, for a category or one account (or everyone), on a product group or everything. */
    record DiscountDraft(String code, String name, String category, String accountNumber, String productGroup,
                         BigDecimal percent, LocalDate validFrom, LocalDate validUntil) {
    }

    enum PromotionKind { PERCENT, FIXED_PRICE, BONUS }

    /**
     * A time-boxed promotion on one SKU or a product group: a percentage off, a fixed price, or
     * "buy N, get M free"; for everyone, a customer category, or a pilot group of accounts.
     */
    record PromotionDraft(String code, String name, PromotionKind kind, String sku, String productGroup, BigDecimal percent,
                          BigDecimal fixedPrice, int minQuantity, Integer buy, Integer free, String category,
                          Set<String> pilotAccounts, LocalDate validFrom, LocalDate validUntil) {
    }

    /** Payment terms as the supplier writes them ("28/56 dias, boleto"), freight, lead time, free freight threshold. */
    record TermsDraft(String payment, TradeTerms.Freight freight, int leadTimeDays, BigDecimal freeFreightFrom) {
    }
}
