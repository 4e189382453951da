package dev.feira.rfq;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** A row of the supplier's RFQ inbox. */
public record InvitationSummary(InvitationId id, String rfqNumber, String buyerName, String title, int lines, Instant deadline,
                                Instant respondBy, QuoteStatus status, int revisions, Optional<UUID> assignedRep, Instant invitedAt) {
}
