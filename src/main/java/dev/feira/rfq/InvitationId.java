package dev.feira.rfq;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies one supplier's invitation to quote on an RFQ: what the supplier sees, answers and revises. */
public record InvitationId(UUID value) {

    public InvitationId {
        Objects.requireNonNull(value, "invitation id");
    }

    @JsonCreator
    public static InvitationId of(String value) {
        return new InvitationId(UUID.fromString(value));
    }

    /** In documents, the plain UUID. */
    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
