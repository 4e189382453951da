package dev.feira.notification;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A person's notices: sent by the modules' events, read in the app, mailed. */
public interface Notifications {

    /**
     * Stores the notice, shows it live on the recipient's open pages and mails it. Sending the same
     * {@code dedupeKey} again changes nothing (but mails it if the first mail failed).
     */
    void send(Notice notice);

    /** The person's latest notices, newest first. */
    List<Received> latest(UUID recipient, int limit);

    long unread(UUID recipient);

    void markAllRead(UUID recipient);

    /** A notice as its recipient reads it: translated when shown. */
    record Received(UUID id, String key, List<String> arguments, Optional<String> link, Instant at, boolean read) {
    }
}
