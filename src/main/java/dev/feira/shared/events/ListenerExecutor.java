package dev.feira.shared.events;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The threads module listeners (and other {@code @Async} work) run on: a few, with a queue. Every
 * order, cart change and payment sets off several listeners, each needing a database connection;
 * one thread per listener would let a burst of checkouts take the whole connection pool from the
 * checkouts themselves. Queued events wait their turn; the publication registry keeps them across
 * a restart.
 * <p>
 * The few threads are virtual, like the request threads: they share the same carriers and take
 * turns with requests. Platform threads would each be scheduled by the operating system as an
 * equal of the carriers, and a backlog of listeners would take most of the CPU from buyers.
 * Four keep up with 40 orders a second on two cores (bench/orders) and leave checkouts more room
 * than eight, which mostly contend with each other.
 */
@Configuration(proxyBeanMethods = false)
class ListenerExecutor {

    @Bean(name = {"applicationTaskExecutor", "taskExecutor"})
    ThreadPoolTaskExecutor applicationTaskExecutor(@Value("${feira.events.listener-threads:4}") int threads) {
        var executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(threads);
        executor.setMaxPoolSize(threads);
        executor.setQueueCapacity(Integer.MAX_VALUE);
        executor.setThreadFactory(Thread.ofVirtual().name("listener-", 1).factory());
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.setAwaitTerminationSeconds(20);
        return executor;
    }
}
