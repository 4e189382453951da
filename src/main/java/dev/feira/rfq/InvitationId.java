package dev.feira.rfq;

import java.util.Objects;
import java.util.UUID;

/** Identifies one supplier's invitation to quote on an RFQ: what the supplier sees, answers and revises. */
public record InvitationId(UUID value) {

    public InvitationId {
        Objects.requireNonNull(value, "invitation id");
    }

    public static InvitationId of(String value) {
        return new InvitationId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
