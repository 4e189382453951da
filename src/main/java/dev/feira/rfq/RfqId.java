package dev.feira.rfq;

import java.util.Objects;
import java.util.UUID;

/** Identifies a buyer company's request for quotation. */
public record RfqId(UUID value) {

    public RfqId {
        Objects.requireNonNull(value, "rfq id");
    }

    public static RfqId of(String value) {
        return new RfqId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
