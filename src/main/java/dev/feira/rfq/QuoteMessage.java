package dev.feira.rfq;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** A message between the buyer and one supplier about an RFQ (about one line, if {@code line} is set). */
public record QuoteMessage(UUID id, boolean fromBuyer, String author, String body, Optional<UUID> line, Instant sentAt) {
}
