package dev.feira.shared.persistence;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import dev.feira.testing.FaultTests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A thread that keeps running transactions (as a scheduled task does) while PostgreSQL drops its connections: its
 * transactions fail for a moment, then work again. Before, the transaction that began on a dead connection stayed
 * bound to the thread, and every later one on that thread failed with "Connection is closed".
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = FaultTests.OWN_APPLICATION)
@ActiveProfiles("test")
class DeadConnectionTransactionIntegrationTests {

    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    @Qualifier("ownerDataSource")
    DataSource ownerDataSource;

    final ExecutorService oneThread = Executors.newSingleThreadExecutor();

    @AfterEach
    void stop() {
        oneThread.shutdownNow();
    }

    @Test
    void aThreadWhoseConnectionDiedRunsTransactionsAgain() throws Exception {
        for (int i = 0; i < 5; i++) {
            assertThat(transactionOnTheThread()).isTrue();
        }

        new JdbcTemplate(ownerDataSource).queryForList(
                "select pg_terminate_backend(pid) from pg_stat_activity where usename = 'feira_app'");

        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100)).until(this::transactionOnTheThread);
        for (int i = 0; i < 20; i++) {
            assertThat(transactionOnTheThread()).as("transaction %d after the connections came back", i).isTrue();
        }
    }

    private boolean transactionOnTheThread() throws Exception {
        return oneThread.submit(() -> {
            try {
                return new TransactionTemplate(transactions).execute(status -> jdbc.queryForObject("select 1", Integer.class)) == 1;
            } catch (RuntimeException failed) {
                return false;
            }
        }).get(10, TimeUnit.SECONDS);
    }
}
