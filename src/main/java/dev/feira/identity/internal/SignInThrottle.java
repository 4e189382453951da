package dev.feira.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * How often a sign-in (a person's password, an integration client's secret) may fail, counted in PostgreSQL so
 * every instance sees the same counts. Three counters, each within a {@link #WINDOW} from its first failure:
 * <ul>
 *   <li>the subject (person or client) from anywhere: from the {@value #DELAY_AFTER}th failure each further
 *       attempt waits a little longer (up to {@link #MAX_DELAY}), and at {@value #NOTICE_AT} the person is told —
 *       but the subject is never locked, so nobody can lock a known user out by guessing from elsewhere;</li>
 *   <li>the subject from one address: locked after {@value #LOCK_AFTER} failures, 1 minute, doubling with each
 *       further failure up to {@link #MAX_LOCK};</li>
 *   <li>one address, whatever it tries: locked {@link #MAX_LOCK} after {@value #ADDRESS_LOCK_AFTER} failures.</li>
 * </ul>
 * A success forgets the subject's counts (not the address's).
 */
@Component
class SignInThrottle {

    static final Duration WINDOW = Duration.ofMinutes(15);
    static final int DELAY_AFTER = 3;
    static final Duration MAX_DELAY = Duration.ofSeconds(4);
    static final int NOTICE_AT = 5;
    static final int LOCK_AFTER = 5;
    static final Duration MAX_LOCK = Duration.ofMinutes(15);
    static final int ADDRESS_LOCK_AFTER = 30;

    /** What to do with an attempt before checking it: refuse it until {@code lockedUntil}, or wait {@code delay}. */
    record Verdict(Optional<Instant> lockedUntil, Duration delay) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;

    SignInThrottle(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Verdict before(String subject, String address) {
        Instant now = clock.instant();
        Optional<Instant> locked = jdbc.queryForList("""
                        select max(locked_until) from sign_in_failure where key in (?, ?) and locked_until > ?""",
                OffsetDateTime.class, pair(subject, address), "address:" + address, utc(now)).stream()
                .filter(java.util.Objects::nonNull).map(OffsetDateTime::toInstant).findFirst();
        int failures = current(subject, now);
        Duration delay = failures < DELAY_AFTER ? Duration.ZERO
                : Duration.ofMillis(Math.min(MAX_DELAY.toMillis(), 250L << Math.min(failures - DELAY_AFTER, 10)));
        return new Verdict(locked, delay);
    }

    /** Counts a failure; answers the subject's failures in the window now. */
    int failed(String subject, String address) {
        Instant now = clock.instant();
        int failures = count(subject, now);
        int pairFailures = count(pair(subject, address), now);
        if (pairFailures >= LOCK_AFTER) {
            long minutes = Math.min(MAX_LOCK.toMinutes(), 1L << Math.min(pairFailures - LOCK_AFTER, 10));
            lock(pair(subject, address), now.plus(Duration.ofMinutes(minutes)));
        }
        if (count("address:" + address, now) >= ADDRESS_LOCK_AFTER) {
            lock("address:" + address, now.plus(MAX_LOCK));
        }
        return failures;
    }

    void succeeded(String subject, String address) {
        jdbc.update("delete from sign_in_failure where key in (?, ?)", subject, pair(subject, address));
    }

    /** When the subject's current window began (for telling the person once per window). */
    Instant windowStart(String subject) {
        return jdbc.queryForList("select first_failure_at from sign_in_failure where key = ?", OffsetDateTime.class, subject).stream()
                .findFirst().map(OffsetDateTime::toInstant).orElse(clock.instant());
    }

    /** Counts lived out their window: forgotten. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT10M")
    void forgetOld() {
        jdbc.update("delete from sign_in_failure where last_failure_at < ? and (locked_until is null or locked_until < ?)",
                utc(clock.instant().minus(WINDOW)), utc(clock.instant()));
    }

    private int count(String key, Instant now) {
        // A window that has passed starts again at one.
        List<Integer> counted = jdbc.queryForList("""
                insert into sign_in_failure (key, failures, first_failure_at, last_failure_at) values (?, 1, ?, ?)
                on conflict (key) do update set
                    failures = case when sign_in_failure.first_failure_at < ? then 1 else sign_in_failure.failures + 1 end,
                    first_failure_at = case when sign_in_failure.first_failure_at < ? then excluded.first_failure_at
                                            else sign_in_failure.first_failure_at end,
                    last_failure_at = excluded.last_failure_at
                returning failures""", Integer.class, key, utc(now), utc(now), utc(now.minus(WINDOW)), utc(now.minus(WINDOW)));
        return counted.getFirst();
    }

    private int current(String key, Instant now) {
        return jdbc.queryForList("select failures from sign_in_failure where key = ? and first_failure_at >= ?", Integer.class,
                key, utc(now.minus(WINDOW))).stream().findFirst().orElse(0);
    }

    private void lock(String key, Instant until) {
        jdbc.update("update sign_in_failure set locked_until = greatest(coalesce(locked_until, ?), ?) where key = ?", utc(until), utc(until), key);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static String pair(String subject, String address) {
        return subject + "|" + address;
    }
}
