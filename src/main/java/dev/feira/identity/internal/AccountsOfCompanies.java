package dev.feira.identity.internal;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import dev.feira.identity.BuyerAccountProfile;
import dev.feira.shared.TenantId;
import dev.feira.shared.live.ClusterSignals;

/**
 * Which account a buyer company holds at a supplier, remembered briefly: every request of a buyer's system or person
 * asks it (to price, to filter the assortment, to let a private catalog in), and reading it took two transactions.
 * Any change to an account or a company forgets them all, on every instance, once committed (the time limit is the
 * fallback should a signal be lost).
 */
@Component
class AccountsOfCompanies {

    static final String CHANGED = "buyer-accounts-changed";
    static final Duration REMEMBERED = Duration.ofSeconds(30);

    private final ClusterSignals signals;
    private final Cache<Key, Optional<BuyerAccountProfile>> accounts = Caffeine.newBuilder()
            .maximumSize(100_000).expireAfterWrite(REMEMBERED).build();

    AccountsOfCompanies(ClusterSignals signals) {
        this.signals = signals;
        signals.subscribe(CHANGED, from -> accounts.invalidateAll());
    }

    private record Key(TenantId supplier, UUID company) {
    }

    Optional<BuyerAccountProfile> at(TenantId supplier, UUID company, Supplier<Optional<BuyerAccountProfile>> read) {
        var key = new Key(supplier, company);
        var known = accounts.getIfPresent(key);
        if (known != null) {
            return known;
        }
        // Read outside the cache's lock: reading takes a connection, and others asking meanwhile simply read too.
        var found = read.get();
        accounts.put(key, found);
        return found;
    }

    /** An account or a company was written: forget every answer once the writing commits (here and elsewhere). */
    void changed() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    forgetEverywhere();
                }
            });
        } else {
            forgetEverywhere();
        }
    }

    private void forgetEverywhere() {
        accounts.invalidateAll();
        signals.send(CHANGED, "");
    }
}
