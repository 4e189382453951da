package dev.feira.rfq;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.feira.pricing.TradeTerms;

import static org.assertj.core.api.Assertions.assertThat;

class LandedCostTests {

    static final UUID BOLTS = UUID.randomUUID();
    static final UUID NUTS = UUID.randomUUID();
    static final List<BuyerRfq.Line> ASKED = List.of(
            new BuyerRfq.Line(BOLTS, 1, "Bolt", 100, "UN", null, null, null, null, null),
            new BuyerRfq.Line(NUTS, 2, "Nut", 100, "UN", null, null, null, null, null));

    @Test
    void payingLaterIsWorthItsPresentValueAndFobFreightIsSharedByValue() {
        var quote = quote("28/56 dias, boleto", TradeTerms.Freight.FOB, new BigDecimal("100"), new BigDecimal("80.00"), new BigDecimal("20.00"));

        var landed = LandedCost.ofQuote(quote, ASKED, new BigDecimal("0.15"));

        // Two instalments at 28 and 56 days at 15 % a year: worth 98.406 % of the price paid at once.
        assertThat(landed.get(BOLTS).termsDiscount()).isEqualByComparingTo("1.2752");
        assertThat(landed.get(BOLTS).averageDays()).isEqualTo(42);
        // 100 of freight on 10,000 of goods: 1 % of each unit's price.
        assertThat(landed.get(BOLTS).freightShare()).isEqualByComparingTo("0.8000");
        assertThat(landed.get(NUTS).freightShare()).isEqualByComparingTo("0.2000");
        assertThat(landed.get(BOLTS).landed()).isEqualByComparingTo("79.5248");
    }

    @Test
    void cashInAdvanceIsWorthNothingAndCifFreightIsIncluded() {
        var quote = quote("antecipado", TradeTerms.Freight.CIF, new BigDecimal("100"), new BigDecimal("80.00"), null);

        var landed = LandedCost.ofQuote(quote, ASKED, new BigDecimal("0.15"));

        assertThat(landed.get(BOLTS).landed()).isEqualByComparingTo("80.0000");
        assertThat(landed).doesNotContainKey(NUTS); // not quoted
    }

    private static QuoteRevision quote(String terms, TradeTerms.Freight freight, BigDecimal freightValue, BigDecimal bolts, BigDecimal nuts) {
        return new QuoteRevision(1, 1, Instant.now(), "Rep", "BRL", LocalDate.now().plusDays(10), terms, freight, freightValue, null,
                List.of(line(BOLTS, bolts), line(NUTS, nuts)));
    }

    private static QuoteRevision.Line line(UUID id, BigDecimal price) {
        return new QuoteRevision.Line(id, Optional.ofNullable(price), Optional.empty(), null, Optional.empty(), Optional.empty(), null,
                null, null);
    }
}
