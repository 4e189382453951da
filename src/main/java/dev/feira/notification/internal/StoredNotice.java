package dev.feira.notification.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import dev.feira.notification.Notice;
import dev.feira.notification.Notifications;
import dev.feira.shared.TenantId;
import dev.feira.shared.persistence.AssignedIdentity;

/** A notice as kept for its recipient, with whether it was read and mailed. */
@Entity
@Table(name = "notice")
class StoredNotice extends AssignedIdentity<UUID> {

    @Id
    private UUID id;
    private UUID recipient;
    private String email;
    private UUID supplier;
    private String key;
    @JdbcTypeCode(SqlTypes.ARRAY)
    private String[] arguments;
    private String link;
    private String dedupeKey;
    private Instant createdAt;
    private Instant readAt;
    private Instant mailedAt;

    protected StoredNotice() {
    }

    StoredNotice(Notice notice) {
        this.id = UUID.randomUUID();
        this.recipient = notice.recipient();
        this.email = notice.email();
        this.supplier = notice.supplier().map(TenantId::value).orElse(null);
        this.key = notice.key();
        this.arguments = notice.arguments().toArray(String[]::new);
        this.link = notice.link();
        this.dedupeKey = notice.dedupeKey();
        this.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    boolean mailed() {
        return mailedAt != null;
    }

    void markMailed() {
        mailedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    Notice notice() {
        return new Notice(recipient, email, Optional.ofNullable(supplier).map(TenantId::new), key, List.of(arguments), link, dedupeKey);
    }

    /** @param absoluteLink the link on the supplier's host, as a browser on any host can follow it */
    Notifications.Received received(java.util.function.BiFunction<UUID, String, Optional<String>> absoluteLink) {
        return new Notifications.Received(id, key, List.of(arguments),
                link == null ? Optional.empty() : supplier == null ? Optional.of("/" + link) : absoluteLink.apply(supplier, link),
                createdAt, readAt != null);
    }

    @Override
    public UUID getId() {
        return id;
    }
}
