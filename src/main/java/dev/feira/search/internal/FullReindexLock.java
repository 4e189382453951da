package dev.feira.search.internal;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.stereotype.Component;

/**
 * One full reindex at a time across every instance: a PostgreSQL session lock, held on a connection of its own for the
 * fill's length. An instance that dies while filling loses its session and with it the lock, so the next fill can begin
 * (and drops the index that one left).
 */
@Component
class FullReindexLock {

    /** The advisory lock's key: "FEIRA", then 1 for the search index's fill. */
    private static final long KEY = 0x46_45_49_52_41_01L;

    private final DataSource dataSource;

    FullReindexLock(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Runs the fill while holding the lock.
     *
     * @return whether it ran; false when another instance is filling now
     */
    boolean whileHeld(Runnable fill) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            if (!ask(connection, "select pg_try_advisory_lock(?)")) {
                return false;
            }
            try {
                fill.run();
                return true;
            } finally {
                release(connection);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The full reindex's lock could not be taken: " + e.getMessage(), e);
        }
    }

    /** A pooled connection that could not give the lock back must not go back to the pool holding it. */
    private void release(Connection connection) throws SQLException {
        try {
            ask(connection, "select pg_advisory_unlock(?)");
        } catch (SQLException e) {
            if (dataSource.isWrapperFor(HikariDataSource.class)) {
                dataSource.unwrap(HikariDataSource.class).evictConnection(connection);
            }
            throw e;
        }
    }

    private static boolean ask(Connection connection, String sql) throws SQLException {
        try (var statement = connection.prepareStatement(sql)) {
            statement.setLong(1, KEY);
            try (var result = statement.executeQuery()) {
                result.next();
                return result.getBoolean(1);
            }
        }
    }
}
