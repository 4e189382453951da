package dev.feira.rfq;

import java.time.Instant;
import java.util.Optional;

/** A row of the buyer company's RFQ list. */
public record RfqSummary(RfqId id, String number, String title, RfqStatus status, int lines, int suppliers, int answers,
                         Optional<Instant> deadline, Instant createdAt) {
}
