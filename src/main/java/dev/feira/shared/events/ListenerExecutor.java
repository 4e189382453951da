package dev.feira.shared.events;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The threads module listeners (and other {@code @Async} work) run on: a few, with a queue. Every
 * order, cart change and payment sets off several listeners, each needing a database connection;
 * one virtual thread per listener would let a burst of checkouts take the whole connection pool
 * from the checkouts themselves. Queued events wait their turn; the publication registry keeps
 * them across a restart.
 */
@Configuration(proxyBeanMethods = false)
class ListenerExecutor {

    @Bean(name = {"applicationTaskExecutor", "taskExecutor"})
    ThreadPoolTaskExecutor applicationTaskExecutor(@Value("${feira.events.listener-threads:8}") int threads) {
        var executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(threads);
        executor.setMaxPoolSize(threads);
        executor.setQueueCapacity(Integer.MAX_VALUE);
        executor.setThreadNamePrefix("listener-");
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.setAwaitTerminationSeconds(20);
        return executor;
    }
}
