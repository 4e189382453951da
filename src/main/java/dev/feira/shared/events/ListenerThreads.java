package dev.feira.shared.events;

import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/** A few virtual threads with a queue for event listeners (see {@link ListenerExecutor} for why so few). */
public final class ListenerThreads {

    private ListenerThreads() {
    }

    /** {@code threads} virtual threads named {@code prefix}1, 2…; queued work finishes (20 s at most) on shutdown. */
    public static ThreadPoolTaskExecutor of(String prefix, int threads) {
        var executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(threads);
        executor.setMaxPoolSize(threads);
        executor.setQueueCapacity(Integer.MAX_VALUE);
        executor.setThreadFactory(Thread.ofVirtual().name(prefix, 1).factory());
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.setAwaitTerminationSeconds(20);
        return executor;
    }
}
