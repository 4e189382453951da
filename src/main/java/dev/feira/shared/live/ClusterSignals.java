package dev.feira.shared.live;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tells every instance of the application that something happened, so a person's open pages
 * update whichever instance their session is on: PostgreSQL's LISTEN/NOTIFY on one channel. A
 * signal sent inside a transaction goes out when it commits, and not at all if it rolls back.
 * <p>
 * Each instance listens on a connection of its own (outside the pool) and hands each signal to
 * the subscribers of its topic on this instance — including the instance that sent it.
 * Signals are hints to refresh, not data: a page that misses one (a reconnect) catches up on the
 * next; what happened is in the database.
 */
@Component
public class ClusterSignals implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ClusterSignals.class);
    private static final String CHANNEL = "feira_signals";
    /** PostgreSQL's limit on a notification's payload is 8000 bytes; ours are ids. */
    private static final int MAX_PAYLOAD = 7000;

    private final JdbcClient sql;
    private final DataSource dataSource;
    private final Map<String, Set<Consumer<String>>> subscribers = new ConcurrentHashMap<>();
    private volatile boolean running;
    private volatile Thread listener;

    public ClusterSignals(JdbcClient sql, DataSource dataSource) {
        this.sql = sql;
        this.dataSource = dataSource;
    }

    /** Sends {@code payload} to the topic's subscribers on every instance (when the current transaction commits). */
    public void send(String topic, String payload) {
        String message = topic + "|" + payload;
        if (message.length() > MAX_PAYLOAD || topic.contains("|")) {
            throw new IllegalArgumentException("A signal is a topic and a short payload");
        }
        sql.sql("select pg_notify(:channel, :message)").param("channel", CHANNEL).param("message", message).query().singleRow();
    }

    /** @return a handle that stops this subscriber hearing the topic */
    public Runnable subscribe(String topic, Consumer<String> subscriber) {
        subscribers.computeIfAbsent(topic, t -> ConcurrentHashMap.newKeySet()).add(subscriber);
        return () -> subscribers.computeIfPresent(topic, (t, set) -> {
            set.remove(subscriber);
            return set.isEmpty() ? null : set;
        });
    }

    @Override
    public void start() {
        running = true;
        var thread = Thread.ofPlatform().daemon().name("cluster-signals").unstarted(this::listen);
        listener = thread; // before it runs: it listens while it is the current listener
        thread.start();
    }

    @Override
    public void stop() {
        running = false;
        var thread = listener;
        if (thread != null) {
            thread.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** The listening loop of the thread started last: one stopped and restarted at once (a context paused and resumed) ends. */
    private boolean current() {
        return running && listener == Thread.currentThread();
    }

    private void listen() {
        while (current()) {
            try (Connection connection = openListeningConnection()) {
                try (var statement = connection.createStatement()) {
                    statement.execute("listen " + CHANNEL);
                }
                var pg = connection.unwrap(PGConnection.class);
                while (current()) {
                    var notifications = pg.getNotifications(1000);
                    if (notifications == null) {
                        continue;
                    }
                    for (var notification : notifications) {
                        dispatch(notification.getParameter());
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (current()) {
                    log.warn("Listening for cluster signals failed; again in a second: {}", e.getMessage());
                    try {
                        Thread.sleep(1000);
                    } catch (InterruptedException interrupted) {
                        return;
                    }
                }
            }
        }
    }

    private void dispatch(String message) {
        int bar = message.indexOf('|');
        if (bar < 0) {
            return;
        }
        String topic = message.substring(0, bar);
        String payload = message.substring(bar + 1);
        for (var subscriber : subscribers.getOrDefault(topic, Set.of())) {
            try {
                subscriber.accept(payload);
            } catch (RuntimeException e) { // one page's trouble does not keep the signal from the others
                log.warn("A subscriber of {} failed", topic, e);
            }
        }
    }

    /** Its own connection: a pooled one would be taken from requests for good, and LISTEN lives with the session. */
    private Connection openListeningConnection() throws SQLException {
        if (dataSource.isWrapperFor(HikariDataSource.class)) {
            var hikari = dataSource.unwrap(HikariDataSource.class);
            var properties = new Properties();
            if (hikari.getUsername() != null) {
                properties.setProperty("user", hikari.getUsername());
            }
            if (hikari.getPassword() != null) {
                properties.setProperty("password", hikari.getPassword());
            }
            return DriverManager.getConnection(hikari.getJdbcUrl(), properties);
        }
        return dataSource.getConnection();
    }
}
