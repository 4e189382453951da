package dev.feira.pricing.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.feira.pricing.AccountConditions;
import dev.feira.pricing.Assortment;
import dev.feira.pricing.TradeTerms;

/**
 * All of one supplier's commercial conditions, compiled for resolution: price lists indexed by
 * the buyer account or customer category they are for, discounts and promotions indexed the same
 * way, and the trade terms. Immutable; a change of conditions builds a new book.
 */
final class PriceBook {

    /** A price list's prices, by SKU. */
    record ListPrices(String code, String name, Validity validity, int priority, Map<String, TierTable> prices) {
    }

    /** A discount for an account, a customer category or every buyer, optionally only for a product group. */
    record Discount(String code, String name, UUID account, String category, String productGroup, BigDecimal percent,
                    Validity validity) {

        /** Account beats category beats everyone; a product group makes any of them more specific. */
        int specificity() {
            int audience = account != null ? 4 : category != null ? 2 : 0;
            return audience + (productGroup != null ? 1 : 0);
        }
    }

    enum PromotionKind { PERCENT, FIXED_PRICE, BONUS }

    /** Who a promotion is for: a pilot group of accounts, a customer category, or every buyer. */
    record Audience(Set<UUID> pilotAccounts, String category) {

        static final Audience EVERYONE = new Audience(Set.of(), null);

        boolean includes(Buyer buyer) {
            if (!pilotAccounts.isEmpty()) {
                return buyer != null && pilotAccounts.contains(buyer.account());
            }
            return category == null || (buyer != null && category.equals(buyer.category()));
        }
    }

    /** A time-boxed promotion on one SKU or a product group. */
    record Promotion(String code, String name, PromotionKind kind, String sku, String productGroup, BigDecimal percent,
                     BigDecimal fixedPrice, int minQuantity, int buy, int free, Audience audience, Validity validity) {

        boolean covers(Item item) {
            return sku != null ? sku.equals(item.sku()) : ProductGroup.contains(productGroup, item.category());
        }
    }

    /** A buyer's own lot for a SKU or a product group; either number may be left to the product. */
    record LotRule(String code, UUID account, String category, String sku, String productGroup, Integer minLot,
                   Integer multiple) {

        boolean covers(Item item) {
            return sku != null ? sku.equals(item.sku()) : ProductGroup.contains(productGroup, item.category());
        }

        /** Account before category; a SKU before a group; a deeper group before a shallower one. */
        int specificity() {
            return (account != null ? 1000 : 0) + (sku != null ? 500 : ProductGroup.depth(productGroup));
        }
    }

    /** The buyer being priced: an account and its customer category. */
    record Buyer(UUID account, String category) {
    }

    /** The product being priced, as resolution needs it. */
    record Item(String sku, String category, BigDecimal listPrice) {
    }

    private static final Comparator<ListPrices> PRECEDENCE = Comparator.comparingInt(ListPrices::priority).reversed()
            .thenComparing(l -> l.validity().from(), Comparator.nullsLast(Comparator.<LocalDate>reverseOrder()))
            .thenComparing(ListPrices::code);

    private final java.util.Currency currency;
    private final Map<UUID, List<ListPrices>> accountLists;
    private final Map<String, List<ListPrices>> categoryLists;
    private final List<ListPrices> generalLists;
    private final Map<UUID, List<Discount>> accountDiscounts;
    private final Map<String, List<Discount>> categoryDiscounts;
    private final List<Discount> generalDiscounts;
    private final Map<String, List<Promotion>> skuPromotions;
    private final List<Promotion> groupPromotions;
    private final TradeTerms defaultTerms;
    private final Map<UUID, TradeTerms> accountTerms;
    private final Map<UUID, Assortment> accountAssortments;
    private final Map<String, Assortment> categoryAssortments;
    private final Map<UUID, List<LotRule>> accountLots;
    private final Map<String, List<LotRule>> categoryLots;

    private PriceBook(Builder b) {
        this.accountLots = Map.copyOf(b.accountLots);
        this.categoryLots = Map.copyOf(b.categoryLots);
        this.accountAssortments = Map.copyOf(b.accountAssortments);
        this.categoryAssortments = Map.copyOf(b.categoryAssortments);
        this.currency = b.currency;
        this.accountLists = sortedLists(b.accountLists);
        this.categoryLists = sortedLists(b.categoryLists);
        this.generalLists = b.generalLists.stream().sorted(PRECEDENCE).toList();
        this.accountDiscounts = Map.copyOf(b.accountDiscounts);
        this.categoryDiscounts = Map.copyOf(b.categoryDiscounts);
        this.generalDiscounts = List.copyOf(b.generalDiscounts);
        this.skuPromotions = Map.copyOf(b.skuPromotions);
        this.groupPromotions = List.copyOf(b.groupPromotions);
        this.defaultTerms = b.defaultTerms;
        this.accountTerms = Map.copyOf(b.accountTerms);
    }

    static Builder in(java.util.Currency currency) {
        return new Builder(currency);
    }

    java.util.Currency currency() {
        return currency;
    }

    List<ListPrices> listsOfAccount(UUID account) {
        return accountLists.getOrDefault(account, List.of());
    }

    List<ListPrices> listsOfCategory(String category) {
        return category == null ? List.of() : categoryLists.getOrDefault(category, List.of());
    }

    List<ListPrices> generalLists() {
        return generalLists;
    }

    List<Discount> discountsOfAccount(UUID account) {
        return accountDiscounts.getOrDefault(account, List.of());
    }

    List<Discount> discountsOfCategory(String category) {
        return category == null ? List.of() : categoryDiscounts.getOrDefault(category, List.of());
    }

    List<Discount> generalDiscounts() {
        return generalDiscounts;
    }

    List<Promotion> promotionsOfSku(String sku) {
        return skuPromotions.getOrDefault(sku, List.of());
    }

    List<Promotion> groupPromotions() {
        return groupPromotions;
    }

    TradeTerms terms(UUID account) {
        return account == null ? defaultTerms : accountTerms.getOrDefault(account, defaultTerms);
    }

    /** The account's own assortment, else its category's; empty means the whole catalog. */
    java.util.Optional<Assortment> assortment(UUID account, String category) {
        if (account != null && accountAssortments.containsKey(account)) {
            return java.util.Optional.of(accountAssortments.get(account));
        }
        return java.util.Optional.ofNullable(category == null ? null : categoryAssortments.get(category));
    }

    /** A sales rep's summary of what applies to one account (today's lists, rules and promotions). */
    dev.feira.pricing.AccountConditions conditionsOf(UUID account, String category, LocalDate day) {
        var lists = new ArrayList<AccountConditions.PriceListApplied>();
        for (var level : List.of(listsOfAccount(account), listsOfCategory(category), generalLists())) {
            for (var list : level) {
                lists.add(new AccountConditions.PriceListApplied(list.name(), list.code(), list.validity().covers(day)));
            }
        }
        var discounts = new ArrayList<AccountConditions.DiscountApplied>();
        for (var rules : List.of(discountsOfAccount(account), discountsOfCategory(category), generalDiscounts())) {
            for (var d : rules) {
                discounts.add(new AccountConditions.DiscountApplied(d.name(), d.code(), d.percent(),
                        java.util.Optional.ofNullable(d.productGroup())));
            }
        }
        var buyer = new Buyer(account, category);
        var promotions = new ArrayList<AccountConditions.PromotionApplied>();
        java.util.stream.Stream.concat(skuPromotions.values().stream().flatMap(List::stream), groupPromotions.stream())
                .filter(p -> p.audience().includes(buyer) && p.validity().covers(day))
                .forEach(p -> promotions.add(new AccountConditions.PromotionApplied(p.name(), p.code())));
        var lots = new ArrayList<AccountConditions.LotApplied>();
        for (var rules : List.of(accountLots.getOrDefault(account, List.of()),
                category == null ? List.<LotRule>of() : categoryLots.getOrDefault(category, List.<LotRule>of()))) {
            for (var rule : rules) {
                lots.add(new AccountConditions.LotApplied(rule.code(), rule.sku() != null ? rule.sku() : rule.productGroup(),
                        java.util.Optional.ofNullable(rule.minLot()), java.util.Optional.ofNullable(rule.multiple())));
            }
        }
        return new AccountConditions(lists, discounts, promotions, lots, assortment(account, category),
                terms(account));
    }

    /** The lot a buyer orders an item in: its most specific rule's numbers, the product's where the rule sets none. */
    dev.feira.pricing.OrderLot lot(Buyer buyer, Item item, int productMinimum, int productMultiple) {
        LotRule best = null;
        if (buyer != null) {
            for (var rules : List.of(accountLots.getOrDefault(buyer.account(), List.of()),
                    buyer.category() == null ? List.<LotRule>of() : categoryLots.getOrDefault(buyer.category(), List.of()))) {
                for (LotRule rule : rules) {
                    if (rule.covers(item) && (best == null || rule.specificity() > best.specificity())) {
                        best = rule;
                    }
                }
            }
        }
        if (best == null) {
            return new dev.feira.pricing.OrderLot(productMinimum, productMultiple, null);
        }
        return new dev.feira.pricing.OrderLot(best.minLot() == null ? productMinimum : best.minLot(),
                best.multiple() == null ? productMultiple : best.multiple(), best.code());
    }

    private static <K> Map<K, List<ListPrices>> sortedLists(Map<K, List<ListPrices>> lists) {
        var sorted = new HashMap<K, List<ListPrices>>();
        lists.forEach((key, value) -> sorted.put(key, value.stream().sorted(PRECEDENCE).toList()));
        return Map.copyOf(sorted);
    }

    static final class Builder {

        private final java.util.Currency currency;
        private final Map<UUID, List<ListPrices>> accountLists = new HashMap<>();
        private final Map<String, List<ListPrices>> categoryLists = new HashMap<>();
        private final List<ListPrices> generalLists = new ArrayList<>();
        private final Map<UUID, List<Discount>> accountDiscounts = new HashMap<>();
        private final Map<String, List<Discount>> categoryDiscounts = new HashMap<>();
        private final List<Discount> generalDiscounts = new ArrayList<>();
        private final Map<String, List<Promotion>> skuPromotions = new HashMap<>();
        private final List<Promotion> groupPromotions = new ArrayList<>();
        private final Map<UUID, TradeTerms> accountTerms = new HashMap<>();
        private final Map<UUID, Assortment> accountAssortments = new HashMap<>();
        private final Map<UUID, List<LotRule>> accountLots = new HashMap<>();
        private final Map<String, List<LotRule>> categoryLots = new HashMap<>();
        private final Map<String, Assortment> categoryAssortments = new HashMap<>();
        private TradeTerms defaultTerms = new TradeTerms(null, TradeTerms.Freight.FOB, 0, null);

        private Builder(java.util.Currency currency) {
            this.currency = currency;
        }

        Builder generalList(ListPrices list) {
            generalLists.add(list);
            return this;
        }

        Builder categoryList(String category, ListPrices list) {
            categoryLists.computeIfAbsent(category, k -> new ArrayList<>()).add(list);
            return this;
        }

        Builder accountList(UUID account, ListPrices list) {
            accountLists.computeIfAbsent(account, k -> new ArrayList<>()).add(list);
            return this;
        }

        Builder discount(Discount discount) {
            if (discount.account() != null) {
                accountDiscounts.computeIfAbsent(discount.account(), k -> new ArrayList<>()).add(discount);
            } else if (discount.category() != null) {
                categoryDiscounts.computeIfAbsent(discount.category(), k -> new ArrayList<>()).add(discount);
            } else {
                generalDiscounts.add(discount);
            }
            return this;
        }

        Builder promotion(Promotion promotion) {
            if (promotion.sku() != null) {
                skuPromotions.computeIfAbsent(promotion.sku(), k -> new ArrayList<>()).add(promotion);
            } else {
                groupPromotions.add(promotion);
            }
            return this;
        }

        Builder defaultTerms(TradeTerms terms) {
            this.defaultTerms = terms;
            return this;
        }

        Builder accountTerms(UUID account, TradeTerms terms) {
            accountTerms.put(account, terms);
            return this;
        }

        Builder lotRule(LotRule rule) {
            if (rule.account() != null) {
                accountLots.computeIfAbsent(rule.account(), k -> new ArrayList<>()).add(rule);
            } else {
                categoryLots.computeIfAbsent(rule.category(), k -> new ArrayList<>()).add(rule);
            }
            return this;
        }

        Builder accountAssortment(UUID account, Assortment assortment) {
            accountAssortments.put(account, assortment);
            return this;
        }

        Builder categoryAssortment(String category, Assortment assortment) {
            categoryAssortments.put(category, assortment);
            return this;
        }

        PriceBook build() {
            return new PriceBook(this);
        }
    }
}
