package dev.feira.search.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The database's clock, for the version of what is read after it: one clock for every instance, so no skew between
 * machines can order two reads of one product the wrong way round.
 */
@Component
class ReadTime {

    private final JdbcClient sql;

    ReadTime(JdbcClient sql) {
        this.sql = sql;
    }

    /** Microseconds since the epoch, by the database's clock now (not its transaction's start). */
    long now() {
        return sql.sql("select (extract(epoch from clock_timestamp()) * 1000000)::bigint").query(Long.class).single();
    }
}
