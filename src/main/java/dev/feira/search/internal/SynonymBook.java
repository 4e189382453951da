package dev.feira.search.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import dev.feira.search.internal.QueryWords.SynonymGroups;
import dev.feira.shared.TenantContext;
import dev.feira.shared.TenantId;
import dev.feira.shared.live.ClusterSignals;

/**
 * Suppliers' synonyms as queries use them, kept a short while per supplier: a change is seen at once here
 * ({@link #changed}) and, through a cluster signal once it commits, on every other instance; {@link #FRESH_FOR}
 * is the fallback should a signal be lost.
 */
@Component
class SynonymBook {

    static final Duration FRESH_FOR = Duration.ofSeconds(30);
    static final String CHANGED = "synonyms-changed";

    private record Entry(SynonymGroups groups, Instant loadedAt) {
    }

    private final SynonymGroupEntries entries;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;
    private final Map<TenantId, Entry> byTenant = new ConcurrentHashMap<>();
    private final ClusterSignals signals;

    SynonymBook(SynonymGroupEntries entries, PlatformTransactionManager transactions, Clock clock, ClusterSignals signals) {
        this.entries = entries;
        this.signals = signals;
        signals.subscribe(CHANGED, tenant -> byTenant.remove(new TenantId(java.util.UUID.fromString(tenant))));
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        // Each supplier's rows are read under its own tenant, whatever transaction the search runs in.
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.ownTransaction.setReadOnly(true);
    }

    /** The synonyms of these suppliers together (a marketplace search asks several at once). */
    SynonymGroups of(Collection<TenantId> tenants) {
        SynonymGroups all = SynonymGroups.NONE;
        for (TenantId tenant : tenants) {
            all = all.and(of(tenant));
        }
        return all;
    }

    private SynonymGroups of(TenantId tenant) {
        Instant now = clock.instant();
        Entry entry = byTenant.get(tenant);
        if (entry == null || entry.loadedAt().plus(FRESH_FOR).isBefore(now)) {
            var groups = TenantContext.callAs(tenant, () -> ownTransaction.execute(status -> SynonymGroups.of(
                    entries.findAllByOrderByCreatedAt().stream().map(SynonymGroupEntry::terms).toList())));
            entry = new Entry(groups, now);
            byTenant.put(tenant, entry);
        }
        return entry.groups();
    }

    /** Forgets the supplier's synonyms here now, and everywhere (here again) when the change commits. */
    void changed(TenantId tenant) {
        byTenant.remove(tenant);
        signals.send(CHANGED, tenant.value().toString());
    }
}
