package dev.feira.identity.internal;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import dev.feira.identity.People;
import dev.feira.identity.SignInsFailing;
import dev.feira.identity.Role;
import dev.feira.notification.Notifications;
import dev.feira.tenancy.TenantDirectory;
import dev.feira.testing.IntegrationApiClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Guessing secrets is slowed, then locked out per address — for every instance alike, the counts being in
 * PostgreSQL — while the same account from elsewhere still gets in, and the person and their admin are told.
 * Different client addresses are loopback ones named in X-Forwarded-For (believed in the default profile only).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SignInThrottleIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    SignInThrottle throttle;
    @Autowired
    Notifications notifications;
    @Autowired
    People people;
    @Autowired
    TenantDirectory tenants;
    @Autowired
    org.springframework.context.ApplicationEventPublisher events;
    TransactionTemplate transactions;

    @Autowired
    void transactions(PlatformTransactionManager manager) {
        transactions = new TransactionTemplate(manager);
    }

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    /**
     * The same counts read as they will look {@code ahead} from now: a throttle on a clock of its own, so the
     * application's shared test clock (which the recovery sweeps follow) is never moved.
     */
    private SignInThrottle later(Duration ahead) {
        return new SignInThrottle(jdbc, java.time.Clock.offset(java.time.Clock.systemUTC(), ahead));
    }

    @Test
    void aClientSecretGuessedFromOneAddressLocksThatAddressForAWhileButNotTheClientsOwnSystems() {
        var api = new IntegrationApiClient(port);
        for (int i = 0; i < SignInThrottle.LOCK_AFTER; i++) {
            assertThat(token(api, "escritorio-erp", "guess-" + i, "127.0.0.21").statusCode()).isEqualTo(401);
        }

        var locked = token(api, "escritorio-erp", "escritorio-erp-secret-123", "127.0.0.21");
        assertThat(locked.statusCode()).isEqualTo(429);
        assertThat(locked.headers().firstValue("Retry-After").map(Long::parseLong).orElseThrow()).isBetween(1L, 60L);
        assertThat(token(api, "escritorio-erp", "escritorio-erp-secret-123", "127.0.0.22").statusCode()).isEqualTo(200);

        assertThat(later(Duration.ofMinutes(2)).before("client:escritorio-erp", "127.0.0.21").lockedUntil()).as("two minutes on").isEmpty();
    }

    @Test
    void eachFurtherFailureLocksLongerUpToAQuarterOfAnHour() {
        for (int i = 0; i < SignInThrottle.LOCK_AFTER + 8; i++) {
            throttle.failed("user:lock-test@feira.test", "127.0.0.31");
        }
        var verdict = throttle.before("user:lock-test@feira.test", "127.0.0.31");

        assertThat(verdict.lockedUntil()).isPresent();
        assertThat(Duration.between(java.time.Instant.now(), verdict.lockedUntil().get())).isBetween(Duration.ofMinutes(14), SignInThrottle.MAX_LOCK);
        assertThat(verdict.delay()).isEqualTo(SignInThrottle.MAX_DELAY);
        assertThat(throttle.before("user:lock-test@feira.test", "127.0.0.32").lockedUntil()).as("another address").isEmpty();

        assertThat(later(SignInThrottle.MAX_LOCK.plusMinutes(1)).before("user:lock-test@feira.test", "127.0.0.31").lockedUntil()).isEmpty();
    }

    @Test
    void oneAddressTryingManyAccountsIsLockedWhateverItTriesNext() {
        for (int i = 0; i < SignInThrottle.ADDRESS_LOCK_AFTER; i++) {
            throttle.failed("user:sprayed-" + i + "@feira.test", "127.0.0.41");
        }

        assertThat(throttle.before("user:someone-else@feira.test", "127.0.0.41").lockedUntil()).isPresent();
        assertThat(throttle.before("user:someone-else@feira.test", "127.0.0.42").lockedUntil()).isEmpty();
    }

    @Test
    void aSuccessForgetsThePersonsFailures() {
        for (int i = 0; i < SignInThrottle.LOCK_AFTER - 1; i++) {
            throttle.failed("user:forgetful@feira.test", "127.0.0.51");
        }
        assertThat(throttle.before("user:forgetful@feira.test", "127.0.0.51").delay()).isPositive();

        throttle.succeeded("user:forgetful@feira.test", "127.0.0.51");

        assertThat(throttle.before("user:forgetful@feira.test", "127.0.0.51").delay()).isZero();
        throttle.failed("user:forgetful@feira.test", "127.0.0.51");
        assertThat(throttle.before("user:forgetful@feira.test", "127.0.0.51").lockedUntil()).isEmpty();
    }

    @Test
    void repeatedWrongPasswordsTellThePersonAndTheirSuppliersAdminOnce() {
        var ferragens = tenants.bySlug("ferragens").orElseThrow().id();
        var rep = people.staffOf(ferragens, Role.SALES_REP).getFirst();
        var admin = people.staffOf(ferragens, Role.SUPPLIER_ADMIN).getFirst();
        var since = java.time.Instant.now();

        for (int i = 0; i < 2; i++) { // the same window told twice (a retried listener): one notice each
            transactions.executeWithoutResult(status -> events.publishEvent(new SignInsFailing(rep.id(), SignInThrottle.NOTICE_AT, since)));
        }

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(notifications.latest(rep.id(), 20)).filteredOn(n -> n.key().equals("sign-in-failing")).hasSize(1)
                    .first().satisfies(n -> assertThat(n.arguments()).containsExactly("5"));
            assertThat(notifications.latest(admin.id(), 20)).filteredOn(n -> n.key().equals("staff-sign-in-failing")).hasSize(1)
                    .first().satisfies(n -> assertThat(n.arguments()).containsExactly(rep.displayName(), rep.username(), "5"));
        });
    }

    private static HttpResponse<String> token(IntegrationApiClient api, String client, String secret, String address) {
        String basic = Base64.getEncoder().encodeToString((client + ":" + secret).getBytes(StandardCharsets.UTF_8));
        return api.call("POST", "localhost", "/oauth2/token", null, "application/x-www-form-urlencoded",
                "grant_type=client_credentials&scope=api".getBytes(StandardCharsets.UTF_8),
                "Authorization", "Basic " + basic, "X-Forwarded-For", address);
    }
}
