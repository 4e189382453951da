package dev.feira.pricing.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import dev.feira.catalog.Catalog;
import dev.feira.identity.BuyerAccountDirectory;
import dev.feira.identity.BuyerAccountProfile;
import dev.feira.pricing.ConditionsChanged;
import dev.feira.pricing.InvalidConditions;
import dev.feira.pricing.internal.ConditionSet.PromotionDefinition;
import dev.feira.shared.TenantContext;

/**
 * Applies a {@link ConditionSet} to the current tenant in one transaction: every reference (buyer
 * account, SKU) is checked first and any problem refuses the whole set. Definitions are matched by
 * their code, so applying the same set again changes no row.
 */
@Service
class ConditionsImport {

    private final PriceLists lists;
    private final PriceListEntries entries;
    private final DiscountRules discounts;
    private final Promotions promotions;
    private final TradeTermsEntries terms;
    private final AssortmentDefinitions assortments;
    private final OrderRules orderRules;
    private final BuyerAccountDirectory accounts;
    private final Catalog catalog;
    private final ApplicationEventPublisher events;

    ConditionsImport(PriceLists lists, PriceListEntries entries, DiscountRules discounts, Promotions promotions,
                     TradeTermsEntries terms, AssortmentDefinitions assortments, OrderRules orderRules,
                     BuyerAccountDirectory accounts, Catalog catalog, ApplicationEventPublisher events) {
        this.assortments = assortments;
        this.orderRules = orderRules;
        this.lists = lists;
        this.entries = entries;
        this.discounts = discounts;
        this.promotions = promotions;
        this.terms = terms;
        this.accounts = accounts;
        this.catalog = catalog;
        this.events = events;
    }

    /** @return the number of price tiers written (0 when the set was already applied) */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    int apply(String source, ConditionSet set) {
        List<String> problems = new ArrayList<>();
        Map<String, UUID> accountIds = resolveAccounts(set, problems);
        checkSkus(set, problems);
        if (!problems.isEmpty()) {
            throw new InvalidConditions(source, problems);
        }
        if (set.defaultTerms() != null) {
            applyTerms(null, set.defaultTerms());
        }
        set.accountTerms().forEach((number, t) -> applyTerms(accountIds.get(number), t));
        int written = 0;
        for (var definition : set.priceLists()) {
            PriceList list = lists.findByCode(definition.code()).orElseGet(() -> new PriceList(definition.code()));
            list.define(definition.name(), definition.currency(), definition.category(),
                    definition.account() == null ? null : accountIds.get(definition.account()), definition.priority(),
                    definition.validity());
            list = lists.save(list);
            written += replaceEntries(list.id(), definition.prices());
        }
        for (var definition : set.discounts()) {
            DiscountRule rule = discounts.findByCode(definition.code()).orElseGet(() -> new DiscountRule(definition.code()));
            rule.define(definition.name(), definition.category(),
                    definition.account() == null ? null : accountIds.get(definition.account()),
                    definition.productGroup(), definition.percent(), definition.validity());
            discounts.save(rule);
        }
        for (PromotionDefinition d : set.promotions()) {
            Promotion promotion = promotions.findByCode(d.code()).orElseGet(() -> new Promotion(d.code()));
            Set<UUID> pilot = d.pilotAccounts().stream().map(accountIds::get).collect(Collectors.toSet());
            promotion.define(new Promotion.Definition(d.name(), d.kind(), d.sku(), d.productGroup(), d.percent(),
                    d.fixedPrice(), d.minQuantity(), d.buy(), d.free(), d.category(), pilot, d.validity()));
            promotions.save(promotion);
        }
        for (var definition : set.assortments()) {
            if ((definition.category() == null) == (definition.account() == null)) {
                throw new InvalidConditions(source, List.of("assortment " + definition.code() + " needs either a category or an account"));
            }
            AssortmentDefinition assortment = assortments.findByCode(definition.code())
                    .orElseGet(() -> new AssortmentDefinition(definition.code()));
            assortment.define(definition.name(), definition.category(),
                    definition.account() == null ? null : accountIds.get(definition.account()), definition.groups(), definition.skus());
            assortments.save(assortment);
        }
        for (var definition : set.orderRules()) {
            if ((definition.category() == null) == (definition.account() == null) || (definition.sku() == null) == (definition.group() == null)
                    || (definition.minLot() == null && definition.multiple() == null)) {
                throw new InvalidConditions(source, List.of("order rule " + definition.code()
                        + " needs a category or an account, a sku or a group, and a minLot or a multiple"));
            }
            OrderRule rule = orderRules.findByCode(definition.code()).orElseGet(() -> new OrderRule(definition.code()));
            rule.define(definition.category(), definition.account() == null ? null : accountIds.get(definition.account()),
                    definition.sku(), definition.group(), definition.minLot(), definition.multiple());
            orderRules.save(rule);
        }
        events.publishEvent(new ConditionsChanged(TenantContext.require(), Instant.now()));
        return written;
    }

    private Map<String, UUID> resolveAccounts(ConditionSet set, List<String> problems) {
        Set<String> numbers = new HashSet<>(set.accountTerms().keySet());
        set.priceLists().stream().map(ConditionSet.PriceListDefinition::account).forEach(numbers::add);
        set.discounts().stream().map(ConditionSet.DiscountDefinition::account).forEach(numbers::add);
        set.promotions().forEach(p -> numbers.addAll(p.pilotAccounts()));
        set.assortments().stream().map(ConditionSet.AssortmentEntry::account).forEach(numbers::add);
        set.orderRules().stream().map(ConditionSet.OrderRuleEntry::account).forEach(numbers::add);
        numbers.remove(null);
        Map<String, UUID> ids = new HashMap<>();
        for (String number : numbers.stream().sorted().toList()) {
            accounts.byAccountNumber(number).map(BuyerAccountProfile::id).ifPresentOrElse(id -> ids.put(number, id),
                    () -> problems.add("no buyer account '" + number + "' at this supplier"));
        }
        return ids;
    }

    private void checkSkus(ConditionSet set, List<String> problems) {
        Set<String> skus = new HashSet<>();
        set.priceLists().forEach(l -> skus.addAll(l.prices().keySet()));
        set.promotions().stream().map(PromotionDefinition::sku).filter(java.util.Objects::nonNull).forEach(skus::add);
        set.assortments().forEach(a -> skus.addAll(a.skus()));
        set.orderRules().stream().map(ConditionSet.OrderRuleEntry::sku).filter(java.util.Objects::nonNull).forEach(skus::add);
        var unknown = catalog.unknownSkus(skus);
        if (!unknown.isEmpty()) {
            problems.add(unknown.size() + " SKU(s) not in the catalog: "
                    + String.join(", ", unknown.stream().limit(10).toList()) + (unknown.size() > 10 ? ", …" : ""));
        }
    }

    private void applyTerms(UUID account, ConditionSet.Terms definition) {
        TradeTermsEntry entry = (account == null ? terms.findByBuyerAccountIdIsNull() : terms.findByBuyerAccountId(account))
                .orElseGet(() -> new TradeTermsEntry(account));
        entry.define(definition.payment(), definition.freight(), definition.leadTimeDays(), definition.freeFreightFrom());
        terms.save(entry);
    }

    /** Tells price caches the tenant's conditions changed (once the transaction commits). */
    void announceChange() {
        events.publishEvent(new ConditionsChanged(TenantContext.require(), Instant.now()));
    }

    /** How many tiers {@link #replaceEntries} would write or remove. */
    @Transactional(readOnly = true)
    int entryChanges(UUID listId, Map<String, Map<Integer, BigDecimal>> prices) {
        Map<PriceListEntry.Key, BigDecimal> existing = new HashMap<>();
        entries.findByKeyPriceListId(listId).forEach(e -> existing.put(e.key(), e.unitPrice()));
        int changes = 0;
        for (var sku : prices.entrySet()) {
            for (var tier : sku.getValue().entrySet()) {
                BigDecimal current = existing.remove(new PriceListEntry.Key(listId, sku.getKey(), tier.getKey()));
                if (current == null || current.compareTo(tier.getValue()) != 0) {
                    changes++;
                }
            }
        }
        return changes + existing.size();
    }

    /** Writes only the tiers that differ, so a re-import leaves the table untouched. */
    int replaceEntries(UUID listId, Map<String, Map<Integer, BigDecimal>> prices) {
        Map<PriceListEntry.Key, PriceListEntry> existing = new HashMap<>();
        entries.findByKeyPriceListId(listId).forEach(e -> existing.put(e.key(), e));
        List<PriceListEntry> stale = new ArrayList<>();
        int written = 0;
        for (var sku : prices.entrySet()) {
            for (var tier : sku.getValue().entrySet()) {
                var key = new PriceListEntry.Key(listId, sku.getKey(), tier.getKey());
                PriceListEntry current = existing.remove(key);
                if (current != null && current.unitPrice().compareTo(tier.getValue()) == 0) {
                    continue;
                }
                if (current != null) {
                    current.reprice(tier.getValue());
                    entries.save(current);
                } else {
                    entries.save(new PriceListEntry(listId, sku.getKey(), tier.getKey(), tier.getValue()));
                }
                written++;
            }
        }
        stale.addAll(existing.values());
        entries.deleteAll(stale);
        return written + stale.size();
    }
}
