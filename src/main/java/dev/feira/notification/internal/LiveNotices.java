package dev.feira.notification.internal;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.springframework.stereotype.Component;

import dev.feira.shared.live.ClusterSignals;

/**
 * The open pages of each person, to tell them of a new notice at once (server push). Pages
 * register when shown and leave when closed. The news goes through {@link ClusterSignals}: behind
 * a load balancer, the person's pages on every instance hear it.
 */
@Component
public class LiveNotices {

    private static final String TOPIC = "notice";

    private final Map<UUID, Set<Consumer<Long>>> pages = new ConcurrentHashMap<>();
    private final ClusterSignals signals;

    LiveNotices(ClusterSignals signals) {
        this.signals = signals;
        signals.subscribe(TOPIC, this::heard);
    }

    /** @return a handle that stops the page being told */
    public Runnable listen(UUID person, Consumer<Long> onUnreadCount) {
        pages.computeIfAbsent(person, p -> ConcurrentHashMap.newKeySet()).add(onUnreadCount);
        return () -> pages.computeIfPresent(person, (p, listeners) -> {
            listeners.remove(onUnreadCount);
            return listeners.isEmpty() ? null : listeners;
        });
    }

    void tell(UUID person, long unread) {
        signals.send(TOPIC, person + ":" + unread);
    }

    private void heard(String payload) {
        int colon = payload.indexOf(':');
        UUID person = UUID.fromString(payload.substring(0, colon));
        long unread = Long.parseLong(payload.substring(colon + 1));
        pages.getOrDefault(person, Set.of()).forEach(page -> page.accept(unread));
    }
}
