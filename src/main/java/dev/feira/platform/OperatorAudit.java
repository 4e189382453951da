package dev.feira.platform;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.feira.shared.TenantId;

/**
 * The operators' audit log: every action an operator takes on the platform or a tenant, with who, when and why —
 * searchable, never changed. Operators only.
 */
public interface OperatorAudit {

    /** Records an action by the signed-in operator. */
    void record(String action, Optional<TenantId> tenant, String details);

    /** Newest first; {@code text} matches the operator, the action, the tenant or the details (empty: everything). */
    List<Entry> search(String text, int page, int size);

    long count(String text);

    record Entry(UUID id, Instant at, String operator, String action, Optional<String> tenant, String details) {
    }
}
