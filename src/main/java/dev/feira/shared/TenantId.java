package dev.feira.shared;

import java.util.Objects;
import java.util.UUID;

/** Identifies a supplier tenant. Every tenant-owned row, event and async job carries one. */
public record TenantId(UUID value) {

    public TenantId {
        Objects.requireNonNull(value, "tenant id");
    }

    public static TenantId of(String value) {
        return new TenantId(UUID.fromString(value));
    }

    public static TenantId random() {
        return new TenantId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
