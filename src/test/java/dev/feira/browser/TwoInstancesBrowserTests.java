package dev.feira.browser;

import java.time.Duration;

import com.microsoft.playwright.Locator;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;

import dev.feira.identity.BuyerAccountDirectory;
import dev.feira.identity.BuyerAccountProfile;
import dev.feira.ordering.Carts;
import dev.feira.shared.TenantContext;
import dev.feira.shared.TenantId;
import dev.feira.tenancy.TenantDirectory;
import dev.feira.testing.MovableClock;
import dev.feira.testing.OtherInstance;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of the application on one database, as behind a load balancer: Carlos Lima's
 * session is on the second; the first raises the alert. It reaches his open page all the same
 * (PostgreSQL LISTEN/NOTIFY between the instances).
 */
class TwoInstancesBrowserTests extends BrowserTestSupport {

    @Autowired
    HikariDataSource database;
    @Autowired
    Carts carts;
    @Autowired
    BuyerAccountDirectory accounts;
    @Autowired
    TenantDirectory tenants;

    private final MovableClock clock = MovableClock.get();
    private ConfigurableApplicationContext second;

    @AfterEach
    void putBack() {
        clock.reset();
        TenantContext.runAs(ferragens(), () -> carts.empty(horizonte()));
        if (second != null) {
            second.close();
        }
    }

    @Test
    void anAlertRaisedOnOneInstanceReachesTheRepsPageOnTheOther() {
        // The second instance: the same database (schema and tenants already there), its own web server and search node.
        second = OtherInstance.start(database, null, "--feira.recovery.sweep-interval=PT1H", "--feira.recovery.sweep-initial-delay=PT1H");
        int secondPort = OtherInstance.port(second);
        String secondHost = "http://ferragens.localhost:" + secondPort;
        OtherInstance.signIn(page, "ferragens.localhost", secondPort, "carlos.lima@ferragenspaulista.com.br");
        page.navigate(secondHost + "/recovery/alerts");
        assertThat(page.locator("#alerts-count")).containsText("alerts", PATIENTLY);

        TenantContext.runAs(ferragens(), () -> {
            carts.empty(horizonte());
            carts.add(horizonte(), "FP-00129", 40, null);
        });
        // The cart's events have reached the modules listening on the first instance (its recovery module among them)
        var registry = new org.springframework.jdbc.core.JdbcTemplate(database);
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> registry.queryForObject(
                "select count(*) from event_publication where completion_date is null", Long.class) == 0);
        long advanced = System.nanoTime();
        clock.advance(Duration.ofHours(49)); // only the first instance's clock moves: it is the one that fires

        var toast = page.locator("vaadin-notification-card").filter(new Locator.FilterOptions().setHasText("cart(s) to recover"));
        assertThat(toast).isVisible(PATIENTLY_VISIBLE);
        long millis = Duration.ofNanos(System.nanoTime() - advanced).toMillis();
        System.out.printf("Alert raised on one instance, on the rep's page on the other %d ms after the clock moved "
                + "(the first instance sweeps every second)%n", millis);
        assertThat(page.locator("#alerts-grid")).containsText("Construtora Horizonte");
        screenshot("second-instance");
        assertThat(millis).isLessThanOrEqualTo(10_000); // a second's sweep, then the signal: generous for a loaded CI machine
    }

    private TenantId ferragens() {
        return tenants.bySlug("ferragens").orElseThrow().id();
    }

    private BuyerAccountProfile horizonte() {
        return TenantContext.callAs(ferragens(), () -> accounts.byAccountNumber("FP-10021").orElseThrow());
    }
}
