package dev.feira.browser;

import java.time.Duration;

import com.microsoft.playwright.Locator;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import dev.feira.FeiraApplication;
import dev.feira.identity.BuyerAccountDirectory;
import dev.feira.identity.BuyerAccountProfile;
import dev.feira.ordering.Carts;
import dev.feira.shared.TenantContext;
import dev.feira.shared.TenantId;
import dev.feira.tenancy.TenantDirectory;
import dev.feira.testing.MovableClock;

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
        second = new SpringApplicationBuilder(FeiraApplication.class).profiles("test").run(
                "--spring.datasource.url=" + database.getJdbcUrl(), "--spring.datasource.username=" + database.getUsername(),
                "--spring.datasource.password=" + database.getPassword(), "--spring.liquibase.enabled=false",
                "--feira.demo-data.enabled=false", "--spring.modulith.events.republish-outstanding-events-on-restart=false",
                "--feira.recovery.sweep-interval=PT1H", "--feira.recovery.sweep-initial-delay=PT1H");
        int secondPort = ((WebServerApplicationContext) second).getWebServer().getPort();
        String secondHost = "http://ferragens.localhost:" + secondPort;

        page.navigate(secondHost + "/catalog");
        page.locator("#sign-in").click();
        page.waitForURL(u -> u.startsWith("http://localhost:" + secondPort + "/signin"));
        page.locator("input[name=username]").fill("carlos.lima@ferragenspaulista.com.br");
        page.locator("input[name=password]").fill("feira123");
        page.locator("vaadin-button[slot=submit], button[type=submit]").first().click();
        page.waitForURL(u -> u.startsWith(secondHost + "/"));
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
