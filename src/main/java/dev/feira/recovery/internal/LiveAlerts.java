package dev.feira.recovery.internal;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import dev.feira.shared.TenantId;
import dev.feira.shared.live.ClusterSignals;

/**
 * New alerts to the open pages of the team, on every instance: the sweep that raises them sends
 * one signal per supplier (delivered when its transaction commits), naming the reps concerned.
 */
@Component
class LiveAlerts {

    private static final String TOPIC = "recovery-alerts";
    /** A signal names at most this many reps; beyond, every page of the supplier refreshes. */
    private static final int MAX_NAMED = 100;

    private final ClusterSignals signals;

    LiveAlerts(ClusterSignals signals) {
        this.signals = signals;
    }

    /** Inside the transaction that raised them. */
    void raised(TenantId tenant, Collection<CartWatches.Fired> fired) {
        if (fired.isEmpty()) {
            return;
        }
        Map<String, Long> byRep = fired.stream().collect(Collectors.groupingBy(f -> f.salesRep() == null ? "-" : f.salesRep().toString(),
                Collectors.counting()));
        String reps = byRep.size() > MAX_NAMED ? "*=" + fired.size()
                : byRep.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(","));
        signals.send(TOPIC, tenant.value() + ";" + reps);
    }

    /** @param rep empty: every alert of the supplier (its sales manager) */
    Runnable listen(TenantId tenant, Optional<UUID> rep, IntConsumer arrived) {
        String supplier = tenant.value().toString();
        return signals.subscribe(TOPIC, payload -> {
            int semicolon = payload.indexOf(';');
            if (!payload.substring(0, semicolon).equals(supplier)) {
                return;
            }
            int count = 0;
            for (String entry : payload.substring(semicolon + 1).split(",")) {
                int equals = entry.indexOf('=');
                String who = entry.substring(0, equals);
                if (rep.isEmpty() || who.equals("*") || who.equals(rep.get().toString())) {
                    count += Integer.parseInt(entry.substring(equals + 1));
                }
            }
            if (count > 0) {
                arrived.accept(count);
            }
        });
    }
}
