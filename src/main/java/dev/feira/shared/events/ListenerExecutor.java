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
 * Three, with the recovery module's own one (its cart listeners have a lane of their own), keep up
 * with 40 orders a second on two cores (bench/orders): four in all leave checkouts more room than
 * six or eight, which mostly contend with each other.
 */
@Configuration(proxyBeanMethods = false)
class ListenerExecutor {

    @Bean(name = {"applicationTaskExecutor", "taskExecutor"})
    ThreadPoolTaskExecutor applicationTaskExecutor(@Value("${feira.events.listener-threads:3}") int threads) {
        return ListenerThreads.of("listener-", threads);
    }
}
