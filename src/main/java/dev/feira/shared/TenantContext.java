package dev.feira.shared;

import java.util.Optional;
import java.util.function.Supplier;

import org.slf4j.MDC;

/**
 * The tenant the current thread works for. Set once per request by the host filter, or explicitly
 * around event listeners and jobs (a thread-local does not follow work onto another thread, so
 * events carry their {@link TenantId} and listeners re-enter it here).
 * <p>
 * Hibernate's tenant discriminator and the PostgreSQL row-level-security setting are both read from
 * here, so a thread without a tenant sees no tenant-owned rows at all.
 */
public final class TenantContext {

    private static final ThreadLocal<TenantId> CURRENT = new ThreadLocal<>();
    private static final String MDC_KEY = "tenant";

    private TenantContext() {
    }

    public static Optional<TenantId> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    public static TenantId require() {
        return current().orElseThrow(() -> new IllegalStateException("No tenant bound to this thread"));
    }

    /** Runs {@code work} as {@code tenant}, restoring whatever was bound before. */
    public static <T> T callAs(TenantId tenant, Supplier<T> work) {
        TenantId previous = CURRENT.get();
        bind(tenant);
        try {
            return work.get();
        } finally {
            bind(previous);
        }
    }

    public static void runAs(TenantId tenant, Runnable work) {
        callAs(tenant, () -> {
            work.run();
            return null;
        });
    }

    /** For filters that own the whole request: bind, and {@link #clear()} in {@code finally}. */
    public static void bind(TenantId tenant) {
        if (tenant == null) {
            clear();
        } else {
            CURRENT.set(tenant);
            MDC.put(MDC_KEY, tenant.toString());
        }
    }

    public static void clear() {
        CURRENT.remove();
        MDC.remove(MDC_KEY);
    }
}
