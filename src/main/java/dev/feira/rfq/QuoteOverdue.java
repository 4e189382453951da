package dev.feira.rfq;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import dev.feira.shared.TenantId;
import dev.feira.shared.TenantScoped;

/**
 * An invitation's response time ran out unanswered: the supplier's managers are told, with the rep it was assigned to.
 * Announced once per invitation and round.
 */
public record QuoteOverdue(TenantId tenant, InvitationId invitation, String number, String buyerName, Optional<UUID> rep,
                           Instant respondBy, Instant at) implements TenantScoped {
}
