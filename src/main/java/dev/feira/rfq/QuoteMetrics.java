package dev.feira.rfq;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * How a supplier answers RFQs over a period (by the day it was invited): in total, per sales rep and per customer
 * category — how many it quoted, how fast it first answered, how many it won of those decided, and what they were
 * worth.
 */
public record QuoteMetrics(Instant from, Instant to, Figures total, List<Figures> byRep, List<Figures> byCategory) {

    /**
     * @param label          a rep's name or a customer category; empty for the total, or for invitations with none
     * @param quoted         answered with at least one revision
     * @param unanswered     neither quoted nor declined
     * @param decided        awarded or not awarded: what the win rate counts
     * @param medianResponse from the invitation to the first answer (a quote or a decline)
     * @param valueWon       the lines awarded at their quoted prices
     */
    public record Figures(Optional<String> label, int invited, int quoted, int declined, int unanswered, int decided, int won,
                          Optional<Duration> medianResponse, BigDecimal valueWon) {

        /** Won of those decided, 0 to 1; empty while none was decided. */
        public Optional<Double> winRate() {
            return decided == 0 ? Optional.empty() : Optional.of((double) won / decided);
        }
    }
}
