package dev.feira.ordering;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Discounts a supplier offers a buyer on one open cart, to win it back: the buyer sees the offer in
 * the cart, it applies to the order placed from it, and it ends when it expires or the cart is
 * ordered or emptied. One offer per cart; a new one replaces it.
 */
public interface CartOffers {

    /**
     * Offers {@code terms} on the current supplier's cart.
     *
     * @return false when there is no such open cart (ordered or emptied meanwhile): nothing is offered
     */
    boolean offer(UUID cart, Terms terms);

    /**
     * A discount that grows by {@code percentPerDay} for each whole day since {@code growingSince}
     * (at least one day's worth), never above {@code capPercent}, until {@code expiresAt}.
     *
     * @param reference what made the offer, for the supplier's team (a recovery rule's name)
     */
    record Terms(BigDecimal percentPerDay, BigDecimal capPercent, Instant growingSince, Instant expiresAt, String reference) {

        /** No offer may take more than this off: a typo must not give goods away. */
        public static final BigDecimal MOST = BigDecimal.valueOf(50);

        public Terms {
            Objects.requireNonNull(growingSince, "growingSince");
            Objects.requireNonNull(expiresAt, "expiresAt");
            if (percentPerDay == null || percentPerDay.signum() <= 0 || capPercent == null || capPercent.signum() <= 0
                    || capPercent.compareTo(MOST) > 0) {
                throw new IllegalArgumentException("An offer grows by more than 0 % a day up to at most " + MOST + " %");
            }
            if (!expiresAt.isAfter(growingSince)) {
                throw new IllegalArgumentException("An offer expires after it starts growing");
            }
        }

        /** The discount on {@code now}, in percent; zero once expired. */
        public BigDecimal percentOn(Instant now) {
            if (!now.isBefore(expiresAt)) {
                return BigDecimal.ZERO;
            }
            long days = Math.max(1, Duration.between(growingSince, now).toDays());
            return percentPerDay.multiply(BigDecimal.valueOf(days)).min(capPercent).setScale(2, RoundingMode.HALF_EVEN);
        }
    }
}
