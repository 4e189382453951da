package dev.feira.ordering;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CartOfferTermsTests {

    private final Instant idleSince = Instant.parse("2026-11-02T12:00:00Z");
    private final CartOffers.Terms halfAPercentADayUpToFive = new CartOffers.Terms(new BigDecimal("0.5"), new BigDecimal("5"), idleSince,
            idleSince.plus(Duration.ofDays(30)), "rule");

    @Test
    void growsByWholeIdleDaysFromOneDaysWorthUpToTheCap() {
        assertThat(halfAPercentADayUpToFive.percentOn(idleSince.plus(Duration.ofHours(3)))).isEqualByComparingTo("0.5");
        assertThat(halfAPercentADayUpToFive.percentOn(idleSince.plus(Duration.ofHours(47)))).isEqualByComparingTo("0.5");
        assertThat(halfAPercentADayUpToFive.percentOn(idleSince.plus(Duration.ofHours(48)))).isEqualByComparingTo("1.0");
        assertThat(halfAPercentADayUpToFive.percentOn(idleSince.plus(Duration.ofDays(7)))).isEqualByComparingTo("3.5");
        assertThat(halfAPercentADayUpToFive.percentOn(idleSince.plus(Duration.ofDays(29)))).isEqualByComparingTo("5");
    }

    @Test
    void isWorthNothingOnceExpired() {
        assertThat(halfAPercentADayUpToFive.percentOn(idleSince.plus(Duration.ofDays(30)))).isZero();
    }

    @Test
    void refusesTermsThatWouldGiveGoodsAwayOrNeverStart() {
        assertThatThrownBy(() -> new CartOffers.Terms(new BigDecimal("1"), new BigDecimal("60"), idleSince, idleSince.plusSeconds(60), "r"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CartOffers.Terms(BigDecimal.ZERO, new BigDecimal("5"), idleSince, idleSince.plusSeconds(60), "r"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CartOffers.Terms(BigDecimal.ONE, new BigDecimal("5"), idleSince, idleSince, "r"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void takesTheOfferOffAUnitPriceToTheCent() {
        var price = dev.feira.shared.Money.of("1648.70", "BRL");
        assertThat(PricedCart.Offer.discounted(price, new BigDecimal("3")).amount()).isEqualByComparingTo("1599.24"); // 1599.239
    }
}
