package dev.feira.rfq.internal;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.TenantId;

import dev.feira.rfq.QuoteMessage;
import dev.feira.shared.persistence.AssignedIdentity;

/** One message of an invitation's thread, as written. */
@Entity
@Immutable
@Table(name = "quote_message")
class MessageEntry extends AssignedIdentity<UUID> {

    @Id
    private UUID id;
    @TenantId
    private UUID tenantId;
    private UUID invitationId;
    private UUID lineId;
    private boolean fromBuyer;
    private String authorName;
    private String body;
    private Instant sentAt;

    protected MessageEntry() {
    }

    MessageEntry(UUID invitationId, UUID lineId, boolean fromBuyer, String authorName, String body, Instant sentAt) {
        this.id = UUID.randomUUID();
        this.invitationId = invitationId;
        this.lineId = lineId;
        this.fromBuyer = fromBuyer;
        this.authorName = authorName;
        this.body = body;
        this.sentAt = sentAt;
    }

    @Override
    public UUID getId() {
        return id;
    }

    QuoteMessage view() {
        return new QuoteMessage(id, fromBuyer, authorName, body, Optional.ofNullable(lineId), sentAt);
    }
}
