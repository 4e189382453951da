package dev.feira.search;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies one of a supplier's synonym groups. */
public record SynonymGroupId(UUID value) {

    public SynonymGroupId {
        Objects.requireNonNull(value, "synonym group id");
    }

    @JsonCreator
    public static SynonymGroupId of(String value) {
        return new SynonymGroupId(UUID.fromString(value));
    }

    /** In documents, the plain UUID. */
    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
