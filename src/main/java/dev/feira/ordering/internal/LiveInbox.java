package dev.feira.ordering.internal;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import dev.feira.ordering.OrderInboxUpdates;
import dev.feira.ordering.OrderPlaced;
import dev.feira.ordering.OrderStatusChanged;
import dev.feira.shared.TenantId;

/**
 * Tells the supplier's open inbox pages that an order arrived or moved, once it is committed, so
 * their count and grid update without a reload. Per server instance, like the pages themselves.
 */
@Component
class LiveInbox implements OrderInboxUpdates {

    private final Map<TenantId, Set<Runnable>> pages = new ConcurrentHashMap<>();

    @Override
    public Runnable listen(TenantId supplier, Runnable onChange) {
        pages.computeIfAbsent(supplier, s -> ConcurrentHashMap.newKeySet()).add(onChange);
        return () -> pages.computeIfPresent(supplier, (s, listeners) -> {
            listeners.remove(onChange);
            return listeners.isEmpty() ? null : listeners;
        });
    }

    // Plain listeners that wait for the commit themselves: a transactional event listener would be
    // recorded in the publication registry, costing a second connection per checkout for a page refresh.
    @EventListener
    void on(OrderPlaced placed) {
        afterCommit(placed.tenant());
    }

    @EventListener
    void on(OrderStatusChanged changed) {
        afterCommit(changed.tenant());
    }

    private void afterCommit(TenantId supplier) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            tell(supplier);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                // Not on this thread: the committed transaction's connection is still bound to it, and a page reading
                // the inbox here would read through that connection, where the tenant's setting is already gone.
                Thread.ofVirtual().name("live-inbox").start(() -> tell(supplier));
            }
        });
    }

    private void tell(TenantId supplier) {
        pages.getOrDefault(supplier, Set.of()).forEach(Runnable::run);
    }
}
