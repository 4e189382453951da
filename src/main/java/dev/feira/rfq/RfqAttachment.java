package dev.feira.rfq;

import java.time.Instant;
import java.util.UUID;

/** A file the buyer attached to an RFQ (a spec sheet, a drawing): PDF or a picture, checked by its content. */
public record RfqAttachment(UUID id, String fileName, String contentType, int size, String uploadedBy, Instant uploadedAt) {

    /** The file itself, to download. */
    public record Content(String fileName, String contentType, byte[] bytes) {
    }
}
