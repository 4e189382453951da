package dev.feira.rfq;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import dev.feira.shared.TenantId;
import dev.feira.shared.TenantScoped;

/**
 * Three quarters of an unanswered invitation's response time have passed: its rep (or, with none, the supplier's team)
 * is reminded, once per invitation, before the managers are told it is late.
 */
public record QuoteDueSoon(TenantId tenant, InvitationId invitation, String number, String buyerName, Optional<UUID> rep,
                           Instant respondBy, Instant at) implements TenantScoped {
}
