package dev.feira.notification;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.feira.shared.TenantId;

/**
 * Something to tell one person. The text is a message key with its arguments, so each reader (and
 * each mail) gets it in its own language.
 *
 * @param key       the message: {@code notice.<key>.title} and {@code notice.<key>.body} in the translations
 * @param supplier  the supplier it is about: its host for the link, its branding for the mail
 * @param link      the page to open, on the supplier's host ("orders/…")
 * @param dedupeKey the same notice twice (a retried listener) is stored and mailed once
 */
public record Notice(UUID recipient, String email, Optional<TenantId> supplier, String key, List<String> arguments, String link,
                     String dedupeKey) {
}
