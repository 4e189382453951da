package dev.feira.notification.internal;

import java.time.Instant;
import java.util.List;

/** The mails the embedded SMTP server received, newest first (only without a real SMTP server). */
@FunctionalInterface
public interface DevMailbox {

    List<Mail> mails();

    /** @param body the raw body: for a multipart mail, its MIME parts */
    record Mail(Instant sent, List<String> to, String from, String subject, String body) {
    }
}
