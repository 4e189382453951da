package dev.feira.rfq;

import java.time.Instant;
import java.util.UUID;

import dev.feira.shared.TenantId;
import dev.feira.shared.TenantScoped;

/** One party wrote to the other about an RFQ: the other side is told (who, not what: the text stays in the thread). */
public record QuoteMessageSent(TenantId tenant, InvitationId invitation, RfqId rfq, String number, UUID buyerCompany,
                               boolean fromBuyer, String author, java.util.Optional<UUID> rep, Instant at) implements TenantScoped {
}
