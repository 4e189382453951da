package dev.feira.notification.internal;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.springframework.stereotype.Component;

/**
 * The open pages of each person, to tell them of a new notice at once (server push). Pages
 * register when shown and leave when closed. One instance per server: behind a load balancer,
 * a person's pages on another instance see the notice on their next refresh.
 */
@Component
public class LiveNotices {

    private final Map<UUID, Set<Consumer<Long>>> pages = new ConcurrentHashMap<>();

    /** @return a handle that stops the page being told */
    public Runnable listen(UUID person, Consumer<Long> onUnreadCount) {
        pages.computeIfAbsent(person, p -> ConcurrentHashMap.newKeySet()).add(onUnreadCount);
        return () -> pages.computeIfPresent(person, (p, listeners) -> {
            listeners.remove(onUnreadCount);
            return listeners.isEmpty() ? null : listeners;
        });
    }

    void tell(UUID person, long unread) {
        pages.getOrDefault(person, Set.of()).forEach(page -> page.accept(unread));
    }
}
