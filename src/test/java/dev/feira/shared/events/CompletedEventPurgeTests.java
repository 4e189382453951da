package dev.feira.shared.events;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CompletedEventPurgeTests {

    @Autowired
    CompletedEventPurge purge;
    @Autowired
    HikariDataSource database;

    @Test
    void handledEventsAreForgottenAfterAWeekAndUnhandledOnesNever() {
        var sql = new JdbcTemplate(database);
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        UUID oldHandled = publication(sql, now.minusDays(9), now.minusDays(8));
        UUID recentHandled = publication(sql, now.minusDays(3), now.minusDays(3));
        UUID oldUnhandled = publication(sql, now.minusDays(9), null);
        try {
            purge.purge();

            assertThat(sql.queryForList("select id from event_publication where id in (?, ?, ?)", UUID.class, oldHandled, recentHandled, oldUnhandled))
                    .containsExactlyInAnyOrder(recentHandled, oldUnhandled);
        } finally {
            sql.update("delete from event_publication where id in (?, ?, ?)", oldHandled, recentHandled, oldUnhandled);
        }
    }

    private static UUID publication(JdbcTemplate sql, OffsetDateTime published, OffsetDateTime completed) {
        UUID id = UUID.randomUUID();
        // Of a listener nobody has: nothing in the app picks these rows up while the test runs.
        sql.update("""
                insert into event_publication (id, listener_id, event_type, serialized_event, publication_date, completion_date, status, completion_attempts)
                values (?, 'purge-test.listener', 'java.lang.String', '"test"', ?, ?, ?, 1)""",
                id, published, completed, completed == null ? "PUBLISHED" : "COMPLETED");
        return id;
    }
}
