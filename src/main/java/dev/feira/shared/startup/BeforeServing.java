package dev.feira.shared.startup;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.SmartLifecycle;

/**
 * Start-up work that must be finished before the web server takes its first request — the declarative
 * tenants above all: run as an {@code ApplicationRunner}, their hosts answered 404 for seconds after
 * "Started". Runs once, in {@link #getPhase() phase} order, after every bean exists and before the server
 * starts listening; a failure stops the start-up, as any broken bean would.
 */
public abstract class BeforeServing implements SmartLifecycle {

    /** Before the web server (its phase is {@value WebServerApplicationContext#START_STOP_LIFECYCLE_PHASE}). */
    protected static final int PHASE = WebServerApplicationContext.START_STOP_LIFECYCLE_PHASE - 1024;

    private volatile boolean done;

    /** The work; runs on the start-up thread. */
    protected abstract void prepare() throws Exception;

    @Override
    public final void start() {
        if (done) {
            return;
        }
        try {
            prepare();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        done = true;
    }

    @Override
    public final void stop() {
        // Nothing to undo: what was loaded stays loaded.
    }

    @Override
    public final boolean isRunning() {
        return done;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }
}
