package dev.feira.rfq;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies a buyer company's request for quotation. */
public record RfqId(UUID value) {

    public RfqId {
        Objects.requireNonNull(value, "rfq id");
    }

    @JsonCreator
    public static RfqId of(String value) {
        return new RfqId(UUID.fromString(value));
    }

    /** In documents, the plain UUID. */
    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
