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
     * subscriber has handled whatever came before it.
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
            signals.send("test-marker", marker);
            heard.get(30, TimeUnit.SECONDS);
        } finally {
            stop.run();
        }
    }
}
