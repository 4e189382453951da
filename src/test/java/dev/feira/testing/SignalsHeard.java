package dev.feira.testing;

import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import dev.feira.shared.live.ClusterSignals;

/** Waits for the cluster signals sent so far to have reached every subscriber on this instance. */
public final class SignalsHeard {

    private SignalsHeard() {
    }

    /**
     * One instance hears signals in the order they were sent, one at a time: once a marker sent now is heard, every
     * subscriber has handled whatever came before it — and the instance is listening (it starts listening on a
     * connection of its own a moment after its context starts or resumes, so the marker is sent again until heard).
     */
    public static void all(ClusterSignals signals) throws Exception {
        String marker = UUID.randomUUID().toString();
        var heard = new CompletableFuture<Void>();
        Runnable stop = signals.subscribe("test-marker", payload -> {
            if (payload.equals(marker)) {
                heard.complete(null);
            }
        });
        try {
            for (int attempt = 0; ; attempt++) {
                signals.send("test-marker", marker);
                try {
                    heard.get(1, TimeUnit.SECONDS);
                    return;
                } catch (java.util.concurrent.TimeoutException notYet) {
                    if (attempt == 30) {
                        throw notYet;
                    }
                }
            }
        } finally {
            stop.run();
        }
    }
}
