package dev.feira.recovery.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

import dev.feira.shared.events.ListenerThreads;

/**
 * Recovery hears of every cart change and sign-in: under a burst of checkouts its listeners queue
 * up. They queue on their own threads, so payments, webhooks and notices (the shared listener
 * threads) never wait behind them; a cart's watch being a minute late costs no alert that matters
 * (rules wait hours and days). The publication registry keeps what is queued across a restart.
 * One thread: with three shared ones, as many as checkouts leave room for on two cores
 * (bench/orders: 3 + 1 threads p95 209 ms, payments' backlog 23 s; 4 + 1, 320 ms; 4 shared, 218 ms and 45-52 s).
 */
@Configuration(proxyBeanMethods = false)
class RecoveryListenerLane {

    static final String EXECUTOR = "recoveryListeners";

    @Bean(EXECUTOR)
    ThreadPoolTaskExecutor recoveryListeners(@Value("${feira.recovery.listener-threads:1}") int threads) {
        return ListenerThreads.of("recovery-listener-", threads);
    }
}
