package dev.feira.pricing.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.feira.identity.BuyerAccountDirectory;
import dev.feira.identity.CatalogAccess;
import dev.feira.identity.BuyerAccountProfile;
import dev.feira.pricing.ConditionsEditor;
import dev.feira.pricing.InvalidConditions;
import dev.feira.pricing.internal.ConditionSet.DiscountDefinition;
import dev.feira.pricing.internal.ConditionSet.PriceListDefinition;
import dev.feira.pricing.internal.ConditionSet.PromotionDefinition;
import dev.feira.shared.TenantContext;
import dev.feira.tenancy.TenantDirectory;

/**
 * Conditions edited by hand go the way conditions from files go: checked here for what a form can
 * get wrong, then applied as a {@link ConditionSet} by {@link ConditionsImport}, which checks the
 * references and writes all or nothing.
 */
@Service
@Transactional(readOnly = true)
class EditedConditions implements ConditionsEditor {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{0,62}");

    private final PriceLists lists;
    private final PriceListEntries entries;
    private final DiscountRules discounts;
    private final Promotions promotions;
    private final ConditionsImport conditions;
    private final BuyerAccountDirectory accounts;
    private final TenantDirectory tenants;
    private final CatalogAccess access;

    EditedConditions(PriceLists lists, PriceListEntries entries, DiscountRules discounts, Promotions promotions,
                     ConditionsImport conditions, BuyerAccountDirectory accounts, TenantDirectory tenants, CatalogAccess access) {
        this.access = access;
        this.lists = lists;
        this.entries = entries;
        this.discounts = discounts;
        this.promotions = promotions;
        this.conditions = conditions;
        this.accounts = accounts;
        this.tenants = tenants;
    }

    @Override
    public List<PriceListDraft> priceLists() {
        access.requireAdministrator();
        return lists.findAll().stream().sorted(Comparator.comparing(PriceList::code)).map(l -> draft(l, List.of())).toList();
    }

    @Override
    public Optional<PriceListDraft> priceList(String code) {
        access.requireAdministrator();
        return lists.findByCode(code).map(l -> draft(l, entries.findByKeyPriceListId(l.id()).stream()
                .map(e -> new Tier(e.key().sku(), e.key().minQuantity(), e.unitPrice().stripTrailingZeros()))
                .sorted(Comparator.comparing(Tier::sku).thenComparing(Tier::minQuantity)).toList()));
    }

    private PriceListDraft draft(PriceList l, List<Tier> tiers) {
        return new PriceListDraft(l.code(), l.name(), l.currency(), l.customerCategory(), accountNumber(l.buyerAccountId()),
                l.priority(), l.validity().from(), l.validity().until(), tiers);
    }

    @Override
    public void save(PriceListDraft list) {
        access.requireAdministrator();
        List<String> problems = new ArrayList<>();
        String code = code(list.code(), problems);
        named(list.name(), problems);
        oneAudience(list.category(), list.accountNumber(), problems);
        Validity validity = validity(list.validFrom(), list.validUntil(), problems);
        String currency = list.currency() == null || list.currency().isBlank()
                ? tenants.byId(TenantContext.require()).orElseThrow().currency().getCurrencyCode() : list.currency();
        Map<String, Map<Integer, BigDecimal>> prices = new TreeMap<>();
        for (Tier tier : list.tiers()) {
            if (tier.sku() == null || tier.sku().isBlank() || tier.minQuantity() < 1 || tier.unitPrice() == null
                    || tier.unitPrice().signum() < 0 || tier.unitPrice().scale() > 4) {
                problems.add("every price needs a SKU, a quantity from 1 and a price of zero or more (at most 4 decimals)");
                continue;
            }
            if (prices.computeIfAbsent(tier.sku().strip(), s -> new TreeMap<>()).put(tier.minQuantity(), tier.unitPrice()) != null) {
                problems.add(tier.sku() + " has two prices from " + tier.minQuantity() + " units");
            }
        }
        prices.forEach((sku, bySize) -> {
            try {
                TierTable.of(bySize);
            } catch (IllegalArgumentException e) {
                problems.add(sku + ": " + e.getMessage());
            }
        });
        refuseIfAny(code, problems);
        conditions.apply(code, only(new PriceListDefinition(code, list.name().strip(), currency, blankToNull(list.category()),
                blankToNull(list.accountNumber()), list.priority(), validity, prices), List.of(), List.of()));
    }

    @Override
    public List<DiscountDraft> discounts() {
        access.requireAdministrator();
        return discounts.findAll().stream().map(DiscountRule::compile).sorted(Comparator.comparing(PriceBook.Discount::code))
                .map(d -> new DiscountDraft(d.code(), d.name(), d.category(), accountNumber(d.account()), d.productGroup(),
                        d.percent().stripTrailingZeros(), d.validity().from(), d.validity().until())).toList();
    }

    @Override
    public void save(DiscountDraft discount) {
        access.requireAdministrator();
        List<String> problems = new ArrayList<>();
        String code = code(discount.code(), problems);
        named(discount.name(), problems);
        oneAudience(discount.category(), discount.accountNumber(), problems);
        percent(discount.percent(), problems);
        Validity validity = validity(discount.validFrom(), discount.validUntil(), problems);
        refuseIfAny(code, problems);
        conditions.apply(code, only(null, List.of(new DiscountDefinition(code, discount.name().strip(),
                blankToNull(discount.category()), blankToNull(discount.accountNumber()), blankToNull(discount.productGroup()),
                discount.percent(), validity)), List.of()));
    }

    @Override
    public List<PromotionDraft> promotions() {
        access.requireAdministrator();
        return promotions.findAll().stream().map(Promotion::compile).sorted(Comparator.comparing(PriceBook.Promotion::code))
                .map(p -> new PromotionDraft(p.code(), p.name(), PromotionKind.valueOf(p.kind().name()), p.sku(), p.productGroup(),
                        p.percent() == null ? null : p.percent().stripTrailingZeros(),
                        p.fixedPrice() == null ? null : p.fixedPrice().stripTrailingZeros(), p.minQuantity(),
                        p.kind() == PriceBook.PromotionKind.BONUS ? p.buy() : null,
                        p.kind() == PriceBook.PromotionKind.BONUS ? p.free() : null, p.audience().category(),
                        p.audience().pilotAccounts().stream().map(this::accountNumber).filter(Objects::nonNull)
                                .collect(Collectors.toCollection(TreeSet::new)),
                        p.validity().from(), p.validity().until())).toList();
    }

    @Override
    public void save(PromotionDraft promotion) {
        access.requireAdministrator();
        List<String> problems = new ArrayList<>();
        String code = code(promotion.code(), problems);
        named(promotion.name(), problems);
        if (promotion.kind() == null) {
            problems.add("choose a kind: percentage, fixed price or bonus");
        } else {
            switch (promotion.kind()) {
                case PERCENT -> percent(promotion.percent(), problems);
                case FIXED_PRICE -> {
                    if (promotion.fixedPrice() == null || promotion.fixedPrice().signum() < 0) {
                        problems.add("a fixed-price promotion needs a price of zero or more");
                    }
                }
                case BONUS -> {
                    if (promotion.buy() == null || promotion.buy() < 1 || promotion.free() == null || promotion.free() < 1) {
                        problems.add("a bonus promotion needs 'buy' and 'free' quantities of 1 or more");
                    }
                }
            }
        }
        if (blankToNull(promotion.sku()) == null == (blankToNull(promotion.productGroup()) == null)) {
            problems.add("a promotion is on one SKU or one product group");
        }
        if (promotion.minQuantity() < 1) {
            problems.add("the minimum quantity is 1 or more");
        }
        Set<String> pilot = promotion.pilotAccounts() == null ? Set.of() : promotion.pilotAccounts();
        if (blankToNull(promotion.category()) != null && !pilot.isEmpty()) {
            problems.add("a promotion is for a customer category or a pilot group, not both");
        }
        if (promotion.validFrom() == null || promotion.validUntil() == null) {
            problems.add("a promotion is time-boxed: it needs a first and a last day");
        }
        Validity validity = validity(promotion.validFrom(), promotion.validUntil(), problems);
        refuseIfAny(code, problems);
        var kind = PriceBook.PromotionKind.valueOf(promotion.kind().name());
        conditions.apply(code, only(null, List.of(), List.of(new PromotionDefinition(code, promotion.name().strip(), kind,
                blankToNull(promotion.sku()), blankToNull(promotion.productGroup()),
                kind == PriceBook.PromotionKind.PERCENT ? promotion.percent() : null,
                kind == PriceBook.PromotionKind.FIXED_PRICE ? promotion.fixedPrice() : null, promotion.minQuantity(),
                kind == PriceBook.PromotionKind.BONUS ? promotion.buy() : null,
                kind == PriceBook.PromotionKind.BONUS ? promotion.free() : null,
                blankToNull(promotion.category()), pilot, validity))));
    }

    @Override
    @Transactional
    public void remove(Kind kind, String code) {
        access.requireAdministrator();
        switch (kind) {
            case PRICE_LIST -> lists.findByCode(code).ifPresent(lists::delete);
            case DISCOUNT -> discounts.findByCode(code).ifPresent(discounts::delete);
            case PROMOTION -> promotions.findByCode(code).ifPresent(promotions::delete);
        }
        conditions.announceChange();
    }

    @Override
    public void saveTerms(String accountNumber, TermsDraft terms) {
        access.requireManager(); // the account's rep looks after its terms
        List<String> problems = new ArrayList<>();
        if (terms.payment() == null || terms.payment().isBlank() || terms.payment().length() > 200) {
            problems.add("payment terms are required (up to 200 characters), e.g. 28/56 dias, boleto");
        }
        if (terms.freight() == null) {
            problems.add("choose CIF or FOB freight");
        }
        if (terms.leadTimeDays() < 0 || terms.leadTimeDays() > 365) {
            problems.add("the lead time is 0 to 365 days");
        }
        if (terms.freeFreightFrom() != null && terms.freeFreightFrom().signum() < 0) {
            problems.add("free freight starts at an amount of zero or more");
        }
        String source = accountNumber == null ? "default terms" : "terms of " + accountNumber;
        refuseIfAny(source, problems);
        var definition = new ConditionSet.Terms(terms.payment().strip(), terms.freight(), terms.leadTimeDays(), terms.freeFreightFrom());
        conditions.apply(source, new ConditionSet(accountNumber == null ? definition : null,
                accountNumber == null ? Map.of() : Map.of(accountNumber, definition),
                List.of(), List.of(), List.of(), List.of(), List.of()));
    }

    @Override
    public Set<String> customerCategories() {
        access.requireManager(); // a rep puts its accounts in categories
        return Stream.of(accounts.all().stream().map(BuyerAccountProfile::customerCategory),
                        lists.findAll().stream().map(PriceList::customerCategory),
                        discounts.findAll().stream().map(d -> d.compile().category()),
                        promotions.findAll().stream().map(p -> p.compile().audience().category()))
                .flatMap(s -> s).filter(Objects::nonNull).collect(Collectors.toCollection(TreeSet::new));
    }

    private static ConditionSet only(PriceListDefinition list, List<DiscountDefinition> discounts, List<PromotionDefinition> promotions) {
        return new ConditionSet(null, Map.of(), list == null ? List.of() : List.of(list), discounts, promotions, List.of(), List.of());
    }

    private String accountNumber(UUID account) {
        return account == null ? null : accounts.byId(account).map(BuyerAccountProfile::accountNumber).orElse(null);
    }

    private static String code(String code, List<String> problems) {
        String clean = code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT);
        if (!CODE.matcher(clean).matches()) {
            problems.add("a code is 1 to 63 capital letters, digits or hyphens, e.g. TABELA-2027");
        }
        return clean;
    }

    private static void named(String name, List<String> problems) {
        if (name == null || name.isBlank() || name.length() > 200) {
            problems.add("a name is required (up to 200 characters)");
        }
    }

    private static void oneAudience(String category, String account, List<String> problems) {
        if (blankToNull(category) != null && blankToNull(account) != null) {
            problems.add("choose a customer category or a buyer account, not both");
        }
    }

    private static void percent(BigDecimal percent, List<String> problems) {
        if (percent == null || percent.signum() <= 0 || percent.compareTo(BigDecimal.valueOf(100)) >= 0 || percent.scale() > 2) {
            problems.add("a percentage is above 0 and below 100, at most 2 decimals");
        }
    }

    private static Validity validity(java.time.LocalDate from, java.time.LocalDate until, List<String> problems) {
        try {
            return new Validity(from, until);
        } catch (IllegalArgumentException e) {
            problems.add(e.getMessage());
            return Validity.ALWAYS;
        }
    }

    private static void refuseIfAny(String source, List<String> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidConditions(source, problems);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
