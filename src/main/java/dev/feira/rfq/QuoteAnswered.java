package dev.feira.rfq;

import java.time.Instant;
import java.util.UUID;

import dev.feira.shared.TenantId;
import dev.feira.shared.TenantScoped;

/**
 * A supplier answered an invitation: submitted a revision, declined or withdrew ({@code status}). Carries no price:
 * whoever needs one reads it through {@link Rfqs}, which keeps sealed quotes sealed.
 */
public record QuoteAnswered(TenantId tenant, InvitationId invitation, RfqId rfq, String number, UUID buyerCompany, QuoteStatus status,
                            int revisions, String declineReason, Instant at) implements TenantScoped {
}
