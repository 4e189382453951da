package dev.feira.tenancy.internal;

import java.time.Clock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import dev.feira.shared.TenantId;
import dev.feira.shared.live.ClusterSignals;
import dev.feira.tenancy.TenantLifecycle;
import dev.feira.tenancy.TenantProfile;
import dev.feira.tenancy.TenantStatus;
import dev.feira.tenancy.TenantStatusChanged;

/**
 * Operators suspend and reactivate tenants. The change is stored with its event (the audit log hears of it, reason and
 * operator included, through the publication registry: nothing lost) and every instance's tenant cache forgets the
 * tenant at once, so its host stops (or starts again) answering within a moment everywhere.
 */
@Service
class TenantStatusDesk implements TenantLifecycle {

    private static final int MAX_REASON = 500;

    private final Tenants tenants;
    private final dev.feira.tenancy.PlatformOperators operators;
    private final JpaTenantDirectory directory;
    private final ApplicationEventPublisher events;
    private final ClusterSignals signals;
    private final Clock clock;
    private final TransactionTemplate transaction;

    TenantStatusDesk(Tenants tenants, JpaTenantDirectory directory, ApplicationEventPublisher events, ClusterSignals signals, Clock clock,
                     PlatformTransactionManager transactions, dev.feira.tenancy.PlatformOperators operators) {
        this.tenants = tenants;
        this.operators = operators;
        this.directory = directory;
        this.events = events;
        this.signals = signals;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public TenantProfile suspend(TenantId tenant, String reason) {
        return change(tenant, TenantStatus.SUSPENDED, reason);
    }

    @Override
    public TenantProfile reactivate(TenantId tenant, String reason) {
        return change(tenant, TenantStatus.ACTIVE, reason);
    }

    @Override
    public TenantProfile cancel(TenantId tenant, String reason) {
        return change(tenant, TenantStatus.CANCELLED, reason);
    }

    @Override
    public TenantProfile followBilling(TenantId id, TenantStatus next, String reason) {
        if (next != TenantStatus.ACTIVE && next != TenantStatus.PAST_DUE && next != TenantStatus.SUSPENDED) {
            throw new IllegalArgumentException("Billing does not make a tenant " + next);
        }
        var tenant = tenants.findById(id.value()).orElseThrow(() -> new IllegalArgumentException("No tenant " + id));
        var now = tenant.status();
        if (now == next || !now.mayBecome(next)) {
            return tenant.toProfile(); // already there, or past billing's reach (cancelled, still onboarding)
        }
        return move(id, next, "billing", reason);
    }

    private TenantProfile change(TenantId id, TenantStatus next, String reason) {
        String operator = operators.requireOperator();
        if (reason == null || reason.isBlank() || reason.strip().length() > MAX_REASON) {
            throw new IllegalArgumentException("Say why, in up to " + MAX_REASON + " characters");
        }
        return move(id, next, operator, reason);
    }

    private TenantProfile move(TenantId id, TenantStatus next, String by, String reason) {
        var changed = transaction.execute(status -> {
            var tenant = tenants.findById(id.value()).orElseThrow(() -> new IllegalArgumentException("No tenant " + id));
            var from = tenant.status();
            tenant.becomes(next);
            var saved = tenants.save(tenant);
            events.publishEvent(new TenantStatusChanged(id, saved.toProfile().slug(), from, next, by, reason.strip(), clock.instant()));
            signals.send(JpaTenantDirectory.CHANGED, id.toString());
            return saved.toProfile();
        });
        directory.evictAll();
        return changed;
    }
}
