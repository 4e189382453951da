package dev.feira.pricing.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import dev.feira.pricing.PriceQuote;
import dev.feira.pricing.PriceStep;
import dev.feira.pricing.PriceStep.Kind;
import dev.feira.pricing.internal.PriceBook.Audience;
import dev.feira.pricing.internal.PriceBook.Buyer;
import dev.feira.pricing.internal.PriceBook.Discount;
import dev.feira.pricing.internal.PriceBook.Item;
import dev.feira.pricing.internal.PriceBook.ListPrices;
import dev.feira.pricing.internal.PriceBook.Promotion;
import dev.feira.pricing.internal.PriceBook.PromotionKind;

import static org.assertj.core.api.Assertions.assertThat;

/** Properties of price resolution that hold for any conditions a supplier may write. */
class PriceResolverProperties {

    static final LocalDate TODAY = PriceResolverTests.TODAY;
    static final Item ITEM = new Item("SKU-1", "Grupo > Subgrupo", new BigDecimal("100.00"));
    static final Buyer BUYER = new Buyer(UUID.randomUUID(), "categoria");

    @Property
    void aBiggerQuantityNeverGivesAHigherUnitPriceWithinATierTable(@ForAll("tierTablesFromOne") TierTable tiers,
                                                                   @ForAll("discounts") List<Discount> discounts,
                                                                   @ForAll("percentPromotions") List<Promotion> promotions,
                                                                   @ForAll @IntRange(min = 1, max = 5_000) int smaller,
                                                                   @ForAll @IntRange(min = 0, max = 5_000) int more) {
        var book = PriceBook.in(PriceResolverTests.BRL)
                .generalList(new ListPrices("GERAL", "geral", Validity.ALWAYS, 0, Map.of(ITEM.sku(), tiers)));
        discounts.forEach(book::discount);
        promotions.forEach(book::promotion);
        var built = book.build();

        PriceQuote few = PriceResolver.resolve(built, BUYER, ITEM, smaller, TODAY);
        PriceQuote many = PriceResolver.resolve(built, BUYER, ITEM, smaller + more, TODAY);

        assertThat(many.unitPrice().amount()).isLessThanOrEqualTo(few.unitPrice().amount());
    }

    @Property
    void aBuyerWithoutASpecificListGetsItsCategorysList(@ForAll("tierTables") TierTable category,
                                                        @ForAll("tierTables") TierTable general,
                                                        @ForAll @IntRange(min = 1, max = 5_000) int quantity) {
        var book = PriceBook.in(PriceResolverTests.BRL)
                .categoryList(BUYER.category(), new ListPrices("CAT", "cat", Validity.ALWAYS, 0, Map.of(ITEM.sku(), category)))
                .generalList(new ListPrices("GERAL", "geral", Validity.ALWAYS, 0, Map.of(ITEM.sku(), general)))
                .accountList(UUID.randomUUID(), new ListPrices("OTHER", "other", Validity.ALWAYS, 9, Map.of(ITEM.sku(), general)))
                .build();

        PriceQuote quote = PriceResolver.resolve(book, BUYER, ITEM, quantity, TODAY);

        // The category's list decides whenever one of its tiers covers the quantity.
        String expected = category.tierFor(quantity) >= 0 ? "CAT" : general.tierFor(quantity) >= 0 ? "GERAL" : null;
        assertThat(quote.trace()).extracting(PriceStep::ruleCode).last().isEqualTo(expected);
    }

    @Property
    void expiredListsNeverApply(@ForAll("tierTables") TierTable tiers, @ForAll @IntRange(min = 1, max = 3_000) int daysAgo,
                                @ForAll @IntRange(min = 0, max = 400) int length, @ForAll @IntRange(min = 1, max = 5_000) int quantity) {
        LocalDate until = TODAY.minusDays(daysAgo);
        var expired = new ListPrices("EXPIRED", "expired", new Validity(until.minusDays(length), until), 100, Map.of(ITEM.sku(), tiers));
        var book = PriceBook.in(PriceResolverTests.BRL)
                .accountList(BUYER.account(), expired).categoryList(BUYER.category(), expired).generalList(expired).build();

        PriceQuote quote = PriceResolver.resolve(book, BUYER, ITEM, quantity, TODAY);

        assertThat(quote.trace()).extracting(PriceStep::kind).containsExactly(Kind.LIST_PRICE);
    }

    @Property
    void promotionsNeverRaiseThePriceAndOnlyOneDiscountApplies(@ForAll("discounts") List<Discount> discounts,
                                                               @ForAll("percentPromotions") List<Promotion> promotions,
                                                               @ForAll @IntRange(min = 1, max = 5_000) int quantity) {
        var book = PriceBook.in(PriceResolverTests.BRL);
        discounts.forEach(book::discount);
        promotions.forEach(book::promotion);

        PriceQuote quote = PriceResolver.resolve(book.build(), BUYER, ITEM, quantity, TODAY);

        var steps = quote.trace();
        assertThat(steps.stream().filter(s -> s.kind() == Kind.DISCOUNT)).hasSizeLessThanOrEqualTo(1);
        for (int i = 1; i < steps.size(); i++) {
            if (steps.get(i).kind() == Kind.PROMOTION) {
                assertThat(steps.get(i).unitPrice()).isLessThan(steps.get(i - 1).unitPrice());
            }
        }
        assertThat(quote.unitPrice().amount()).isLessThanOrEqualTo(ITEM.listPrice());
    }

    /**
     * Tables that price every quantity. (A table starting above 1 leaves small quantities to the
     * next level of precedence, whose price it does not know: see PriceResolver.)
     */
    @Provide
    Arbitrary<TierTable> tierTablesFromOne() {
        return tierTables(Arbitraries.integers().between(2, 2_000).set().ofMaxSize(5).map(bounds -> {
            var withOne = new java.util.HashSet<>(bounds);
            withOne.add(1);
            return withOne;
        }));
    }

    @Provide
    Arbitrary<TierTable> tierTables() {
        return tierTables(Arbitraries.integers().between(1, 2_000).set().ofMinSize(1).ofMaxSize(6));
    }

    private static Arbitrary<TierTable> tierTables(Arbitrary<java.util.Set<Integer>> bounds) {
        var drops = Arbitraries.integers().between(0, 3_000).list().ofSize(6);
        return Combinators.combine(bounds, drops, Arbitraries.integers().between(1, 1_000_000)).as((from, cuts, start) -> {
            var prices = new TreeMap<Integer, BigDecimal>();
            long cents = start;
            int i = 0;
            for (int bound : new java.util.TreeSet<>(from)) {
                prices.put(bound, BigDecimal.valueOf(cents, 2));
                cents = Math.max(0, cents - cuts.get(i++));
            }
            return TierTable.of(prices);
        });
    }

    @Provide
    Arbitrary<List<Discount>> discounts() {
        Arbitrary<Discount> discount = Combinators.combine(
                Arbitraries.of(0, 1, 2), Arbitraries.of("Grupo", "Grupo > Subgrupo", "Outro", ""),
                Arbitraries.integers().between(1, 9_999)).as((audience, group, basisPoints) -> new Discount(
                "D" + basisPoints, "d", audience == 0 ? BUYER.account() : null, audience == 1 ? BUYER.category() : null,
                group.isEmpty() ? null : group, BigDecimal.valueOf(basisPoints, 2), Validity.ALWAYS));
        return discount.list().ofMaxSize(5);
    }

    @Provide
    Arbitrary<List<Promotion>> percentPromotions() {
        Arbitrary<Promotion> promotion = Combinators.combine(
                Arbitraries.integers().between(1, 9_999), Arbitraries.integers().between(1, 500), Arbitraries.of(true, false))
                .as((basisPoints, minQuantity, bySku) -> new Promotion("P" + basisPoints, "p", PromotionKind.PERCENT,
                        bySku ? ITEM.sku() : null, bySku ? null : "Grupo", BigDecimal.valueOf(basisPoints, 2), null,
                        minQuantity, 0, 0, Audience.EVERYONE, Validity.ALWAYS));
        return promotion.list().ofMaxSize(4);
    }
}
