package dev.feira.pricing.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The precedence of price resolution, one rule at a time (see PriceResolver's Javadoc). */
class PriceResolverTests {

    static final Currency BRL = Currency.getInstance("BRL");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    static final UUID HORIZONTE = UUID.randomUUID();
    static final UUID VALE = UUID.randomUUID();
    static final Buyer CONSTRUCTION_FIRM = new Buyer(HORIZONTE, "construtoras");
    static final Buyer INDUSTRY = new Buyer(VALE, "industria");
    static final Item SCREW = new Item("FP-1", "Fixadores > Parafusos", new BigDecimal("10.00"));

    static ListPrices list(String code, Map<Integer, String> tiers) {
        return list(code, Validity.ALWAYS, 0, tiers);
    }

    static ListPrices list(String code, Validity validity, int priority, Map<Integer, String> tiers) {
        var prices = new java.util.TreeMap<Integer, BigDecimal>();
        tiers.forEach((from, price) -> prices.put(from, new BigDecimal(price)));
        return new ListPrices(code, code.toLowerCase(), validity, priority, Map.of("FP-1", TierTable.of(prices)));
    }

    static Discount discount(String code, UUID account, String category, String group, String percent) {
        return new Discount(code, code, account, category, group, new BigDecimal(percent), Validity.ALWAYS);
    }

    static Promotion percentPromotion(String code, String group, String percent, Audience audience, int minQuantity) {
        return new Promotion(code, code, PromotionKind.PERCENT, null, group, new BigDecimal(percent), null, minQuantity, 0, 0,
                audience, Validity.ALWAYS);
    }

    static PriceQuote resolve(PriceBook book, Buyer buyer, int quantity) {
        return PriceResolver.resolve(book, buyer, SCREW, quantity, TODAY);
    }

    static Kind decisive(PriceQuote quote) {
        return quote.decisiveStep().kind();
    }

    @Test
    void withoutConditionsTheCatalogListPriceApplies() {
        var quote = resolve(PriceBook.in(BRL).build(), CONSTRUCTION_FIRM, 3);

        assertThat(quote.unitPrice().amount()).isEqualByComparingTo("10.00");
        assertThat(quote.total().amount()).isEqualByComparingTo("30.00");
        assertThat(quote.trace()).extracting(PriceStep::kind).containsExactly(Kind.LIST_PRICE);
    }

    @Nested
    class BasePrice {

        final PriceBook book = PriceBook.in(BRL)
                .generalList(list("GERAL", Map.of(10, "9.60", 50, "9.20")))
                .categoryList("construtoras", list("CONSTRUTORAS", Map.of(1, "9.40")))
                .accountList(VALE, list("ACORDO-VALE", Map.of(1, "8.50")))
                .discount(discount("IND", null, "industria", null, "10"))
                .build();

        @Test
        void theBuyersOwnListBeatsItsCategoryAndTheGeneralListAndTakesNoDiscount() {
            var quote = resolve(book, INDUSTRY, 100);

            assertThat(quote.unitPrice().amount()).isEqualByComparingTo("8.50");
            assertThat(quote.trace()).extracting(PriceStep::kind).containsExactly(Kind.LIST_PRICE, Kind.INDIVIDUAL_PRICE);
        }

        @Test
        void aBuyerWithoutItsOwnListGetsItsCategorysList() {
            var quote = resolve(book, CONSTRUCTION_FIRM, 100);

            assertThat(quote.decisiveStep().ruleCode()).isEqualTo("CONSTRUTORAS");
            assertThat(quote.unitPrice().amount()).isEqualByComparingTo("9.40");
        }

        @Test
        void theVolumeTierWithTheLargestBoundNotAboveTheQuantityApplies() {
            var stranger = new Buyer(UUID.randomUUID(), "varejo");

            assertThat(resolve(book, stranger, 9).unitPrice().amount()).isEqualByComparingTo("10.00");
            assertThat(resolve(book, stranger, 10).unitPrice().amount()).isEqualByComparingTo("9.60");
            assertThat(resolve(book, stranger, 49).unitPrice().amount()).isEqualByComparingTo("9.60");
            assertThat(resolve(book, stranger, 50).unitPrice().amount()).isEqualByComparingTo("9.20");
            assertThat(resolve(book, stranger, 50).decisiveStep().fromQuantity()).isEqualTo(50);
        }

        @Test
        void visitorsWithoutAnAccountGetTheGeneralList() {
            assertThat(resolve(book, null, 50).decisiveStep().ruleCode()).isEqualTo("GERAL");
        }

        @Test
        void expiredAndFutureListsNeverApply() {
            var book = PriceBook.in(BRL)
                    .generalList(list("EXPIRED", new Validity(null, TODAY.minusDays(1)), 9, Map.of(1, "5.00")))
                    .generalList(list("FUTURE", new Validity(TODAY.plusDays(1), null), 9, Map.of(1, "4.00")))
                    .generalList(list("CURRENT", new Validity(TODAY, TODAY), 0, Map.of(1, "9.00")))
                    .build();

            assertThat(resolve(book, null, 1).decisiveStep().ruleCode()).isEqualTo("CURRENT");
        }

        @Test
        void amongListsOfOneLevelTheHigherPriorityThenTheLaterStartWins() {
            var book = PriceBook.in(BRL)
                    .generalList(list("OLD", new Validity(TODAY.minusDays(30), null), 0, Map.of(1, "9.00")))
                    .generalList(list("NEW", new Validity(TODAY.minusDays(1), null), 0, Map.of(1, "9.50")))
                    .generalList(list("PRIORITY", new Validity(TODAY.minusDays(60), null), 5, Map.of(100, "8.00")))
                    .build();

            assertThat(resolve(book, null, 1).decisiveStep().ruleCode()).isEqualTo("NEW");
            assertThat(resolve(book, null, 100).decisiveStep().ruleCode()).isEqualTo("PRIORITY");
        }
    }

    @Nested
    class Discounts {

        @Test
        void onlyTheMostSpecificDiscountAppliesNeverSeveral() {
            var book = PriceBook.in(BRL)
                    .discount(discount("EVERYONE", null, null, null, "20"))
                    .discount(discount("CATEGORY", null, "construtoras", null, "5"))
                    .discount(discount("ACCOUNT", HORIZONTE, null, null, "2"))
                    .build();

            var quote = resolve(book, CONSTRUCTION_FIRM, 1);

            assertThat(quote.trace()).extracting(PriceStep::ruleCode).containsExactly(null, "ACCOUNT");
            assertThat(quote.unitPrice().amount()).isEqualByComparingTo("9.80");
        }

        @Test
        void aProductGroupMakesADiscountMoreSpecificAndADeeperGroupMoreSoStill() {
            var book = PriceBook.in(BRL)
                    .discount(discount("CATEGORY", null, "construtoras", null, "5"))
                    .discount(discount("FIXADORES", null, "construtoras", "Fixadores", "3"))
                    .discount(discount("PARAFUSOS", null, "construtoras", "Fixadores > Parafusos", "4"))
                    .discount(discount("PORCAS", null, "construtoras", "Fixadores > Porcas", "30"))
                    .build();

            assertThat(resolve(book, CONSTRUCTION_FIRM, 1).decisiveStep().ruleCode()).isEqualTo("PARAFUSOS");
        }

        @Test
        void onEqualSpecificityTheLargerPercentageWins() {
            var book = PriceBook.in(BRL)
                    .discount(discount("SMALL", null, "construtoras", null, "3"))
                    .discount(discount("LARGE", null, "construtoras", null, "6"))
                    .build();

            assertThat(resolve(book, CONSTRUCTION_FIRM, 1).decisiveStep().ruleCode()).isEqualTo("LARGE");
        }

        @Test
        void aDiscountComesOffThePriceListPrice() {
            var book = PriceBook.in(BRL)
                    .generalList(list("GERAL", Map.of(1, "8.00")))
                    .discount(discount("CATEGORY", null, "construtoras", null, "10"))
                    .build();

            assertThat(resolve(book, CONSTRUCTION_FIRM, 1).unitPrice().amount()).isEqualByComparingTo("7.20");
        }
    }

    @Nested
    class Promotions {

        @Test
        void aPromotionAppliesOnlyWhenItLowersThePriceAndTheLowestWins() {
            var book = PriceBook.in(BRL)
                    .generalList(list("GERAL", Map.of(1, "8.00")))
                    .promotion(percentPromotion("FIVE", "Fixadores", "5", Audience.EVERYONE, 1))
                    .promotion(new Promotion("FIXED", "fixed", PromotionKind.FIXED_PRICE, "FP-1", null, null,
                            new BigDecimal("7.00"), 1, 0, 0, Audience.EVERYONE, Validity.ALWAYS))
                    .promotion(new Promotion("DEARER", "dearer", PromotionKind.FIXED_PRICE, "FP-1", null, null,
                            new BigDecimal("9.00"), 1, 0, 0, Audience.EVERYONE, Validity.ALWAYS))
                    .build();

            var quote = resolve(book, CONSTRUCTION_FIRM, 1);

            assertThat(quote.decisiveStep().ruleCode()).isEqualTo("FIXED");
            assertThat(quote.unitPrice().amount()).isEqualByComparingTo("7.00");
        }

        @Test
        void aPilotPromotionReachesOnlyItsPilotAccounts() {
            var book = PriceBook.in(BRL)
                    .promotion(percentPromotion("PILOT", null, "10", new Audience(Set.of(HORIZONTE), null), 1))
                    .build();

            assertThat(decisive(resolve(book, CONSTRUCTION_FIRM, 1))).isEqualTo(Kind.PROMOTION);
            assertThat(decisive(resolve(book, INDUSTRY, 1))).isEqualTo(Kind.LIST_PRICE);
            assertThat(decisive(resolve(book, null, 1))).isEqualTo(Kind.LIST_PRICE);
        }

        @Test
        void aPromotionWithAMinimumQuantityWaitsForIt() {
            var book = PriceBook.in(BRL)
                    .promotion(percentPromotion("BULK", null, "10", Audience.EVERYONE, 12))
                    .build();

            assertThat(decisive(resolve(book, INDUSTRY, 11))).isEqualTo(Kind.LIST_PRICE);
            assertThat(decisive(resolve(book, INDUSTRY, 12))).isEqualTo(Kind.PROMOTION);
        }

        @Test
        void aBonusPromotionLeavesTheUnitPriceAndOffersFreeUnits() {
            var book = PriceBook.in(BRL)
                    .promotion(new Promotion("TEN-PLUS-ONE", "Leve 10 ganhe 1", PromotionKind.BONUS, "FP-1", null, null, null,
                            1, 10, 1, Audience.EVERYONE, Validity.ALWAYS))
                    .build();

            var quote = resolve(book, INDUSTRY, 25);

            assertThat(quote.unitPrice().amount()).isEqualByComparingTo("10.00");
            assertThat(quote.bonus()).hasValueSatisfying(b -> assertThat(b.freeUnitsFor(25)).isEqualTo(2));
        }
    }

    @Test
    void roundingHappensOnceAtTheEndHalfEven() {
        // 10.05 - 5% = 9.5475 -> 9.55; 9.55 x 3 = 28.65
        var item = new Item("FP-1", "Fixadores > Parafusos", new BigDecimal("10.05"));
        var book = PriceBook.in(BRL).discount(discount("FIVE", null, null, null, "5")).build();

        var quote = PriceResolver.resolve(book, INDUSTRY, item, 3, TODAY);

        assertThat(quote.decisiveStep().unitPrice()).isEqualByComparingTo("9.5475");
        assertThat(quote.unitPrice().amount()).isEqualByComparingTo("9.55");
        assertThat(quote.total().amount()).isEqualByComparingTo("28.65");
    }

    @Test
    void absurdQuantitiesAreRefused() {
        var book = PriceBook.in(BRL).build();

        assertThatThrownBy(() -> resolve(book, INDUSTRY, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> resolve(book, INDUSTRY, -3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> resolve(book, INDUSTRY, 1_000_001)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aTierTableThatGetsDearerWithQuantityIsRefused() {
        assertThatThrownBy(() -> TierTable.of(Map.of(1, new BigDecimal("5.00"), 10, new BigDecimal("5.01"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("the tier from 10 costs more");
    }
}
