package dev.feira.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.feira.shared.TenantId;

/**
 * Operators see a supplier's desk only through support access: opened with a reason for a limited time (at most
 * {@link #LONGEST}), shown to the supplier's staff on every page while it lasts, and recorded for both — the supplier's
 * history and the operators' audit log ({@link SupportAccessChanged}). Without one, an operator is a stranger on a
 * supplier's host.
 */
public interface SupportAccess {

    Duration SHORTEST = Duration.ofMinutes(15);
    Duration LONGEST = Duration.ofHours(4);

    /**
     * @throws org.springframework.security.access.AccessDeniedException for anybody but an operator
     * @throws Refusal without a reason ({@code support.reason}) or for a length out of bounds ({@code support.length})
     */
    Session open(TenantId supplier, String reason, Duration length);

    /** Ends the caller's open access to the supplier: the operator's own, or any, for the supplier's admins on its host. */
    void end(TenantId supplier);

    /** The access open to this supplier now, if any (for the banner its staff see). */
    Optional<Session> current(TenantId supplier);

    /** The supplier's history, newest first, for its admins (on its host) and operators. */
    List<Session> history(TenantId supplier);

    record Session(UUID id, TenantId supplier, String operator, String reason, Instant startedAt, Instant endsAt,
                   Optional<Instant> endedAt) {
    }
}
