package dev.feira.rfq;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import dev.feira.shared.TenantId;
import dev.feira.shared.TenantScoped;

/** A supplier received an invitation to quote, assigned to {@code rep} (the account's sales rep, if any). */
public record QuoteInvited(TenantId tenant, InvitationId invitation, RfqId rfq, String number, String buyerName,
                           Optional<UUID> rep, Instant respondBy, Instant at) implements TenantScoped {
}
