package dev.feira.recovery;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import dev.feira.shared.Money;

/**
 * How cart recovery is doing at the current supplier, over a period: the carts (active, idle,
 * abandoned, converted, recovered), the rates, the reps' response, which buyers abandon at which
 * values and which items stall in many carts. A rep sees their own accounts; a sales manager all.
 */
public interface RecoveryMetrics {

    Report report(Filter filter);

    /** The report's tables as an Excel workbook (.xlsx), one sheet per table, headings in {@code locale}'s language. */
    byte[] workbook(Filter filter, Locale locale);

    /** Empty parts do not filter. {@code to} is exclusive. */
    record Filter(Instant from, Instant to, Optional<UUID> rep, Optional<String> customerCategory, Optional<UUID> rule) {

        public Filter {
            if (from == null || to == null || !from.isBefore(to)) {
                throw new IllegalArgumentException("The period needs a start before its end");
            }
            if (Duration.between(from, to).toDays() > 366 * 3) {
                throw new IllegalArgumentException("A period of at most three years");
            }
        }
    }

    /**
     * @param cartsStarted      rounds of shopping started in the period (first line into an empty cart)
     * @param cartsConverted    of those, how many became an order
     * @param conversionRate    converted / started, 0 to 1
     * @param timeToConversion  on average, from the first line to the order, for the converted ones
     * @param averageCartValue  of the carts started in the period
     * @param activeCarts       open now, with activity in the last 48 hours
     * @param idleCarts         open now, idle 48 hours to 7 days
     * @param abandonedCarts    open now, idle 7 days or more
     * @param alerts            alerts raised in the period
     * @param recovered         of those, recovered (an order from the cart, or the rep's word)
     * @param lost              of those, lost
     * @param recoveryRate      recovered / alerts, 0 to 1
     * @param repResponseTime   on average, from the alert to the first contact
     * @param valueRecovered    the orders' value of the recovered alerts
     * @param alertToOrder      on average, from the alert to the order that recovered it
     */
    record Summary(long cartsStarted, long cartsConverted, double conversionRate, Optional<Duration> timeToConversion,
                   Optional<Money> averageCartValue, long activeCarts, long idleCarts, long abandonedCarts, long alerts, long recovered,
                   long lost, double recoveryRate, Optional<Duration> repResponseTime, Money valueRecovered, Optional<Duration> alertToOrder) {
    }

    record RepRow(Optional<UUID> rep, String name, long alerts, long contacted, Optional<Duration> responseTime, long overdue, long recovered,
                  Money valueRecovered) {
    }

    record BuyerRow(UUID buyerAccount, String accountNumber, String buyerName, long alerts, Money averageValue, Money highestValue,
                    long recovered, long lost) {
    }

    /** A product found in many open idle carts: a price, stock or spec question to look into. */
    record StalledItem(String sku, String name, long carts) {
    }

    record Day(LocalDate day, long alerts, long recovered, Money valueRecovered) {
    }

    record Report(Filter filter, Summary summary, List<RepRow> reps, List<BuyerRow> buyers, List<StalledItem> stalledItems, List<Day> days) {
    }
}
