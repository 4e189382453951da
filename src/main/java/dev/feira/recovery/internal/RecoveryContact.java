package dev.feira.recovery.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;

import dev.feira.recovery.RecoveryAlerts;
import dev.feira.recovery.RecoveryAlerts.Channel;
import dev.feira.shared.persistence.AssignedIdentity;

/** One contact with the buyer about an alert's cart: how, what was said, who, when. */
@Entity
@Table(name = "recovery_contact")
class RecoveryContact extends AssignedIdentity<UUID> {

    static final int MAX_NOTE = 2000;

    @Id
    private UUID id;
    @TenantId
    private UUID tenantId;
    @Enumerated(EnumType.STRING)
    private Channel channel;
    private String note;
    private UUID madeBy;
    private String madeByName;
    private Instant madeAt;

    protected RecoveryContact() {
    }

    RecoveryContact(Channel channel, String note, UUID madeBy, String madeByName, Instant madeAt) {
        if (channel == null) {
            throw new IllegalArgumentException("Say how you contacted the buyer (call, e-mail, WhatsApp, visit)");
        }
        if (note != null && note.length() > MAX_NOTE) {
            throw new IllegalArgumentException("A note holds at most " + MAX_NOTE + " characters");
        }
        this.id = UUID.randomUUID();
        this.channel = channel;
        this.note = note == null || note.isBlank() ? null : note.strip();
        this.madeBy = madeBy;
        this.madeByName = madeByName;
        this.madeAt = madeAt;
    }

    RecoveryAlerts.Contact view() {
        return new RecoveryAlerts.Contact(channel, note == null ? "" : note, madeByName, madeAt);
    }

    Instant madeAt() {
        return madeAt;
    }

    @Override
    public UUID getId() {
        return id;
    }
}
