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
import dev.feira.testing.IntegrationApiClient;
import dev.feira.testing.MovableClock;
import dev.feira.testing.OtherInstance;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of the application on one database, as behind a load balancer: Carlos Lima's
 * session is on the second; the first raises the alert. It reaches his open page all the same
 * (PostgreSQL LISTEN/NOTIFY between the instances). And either instance finishes what the other
 * began signing in, and honours its tokens.
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
        assertThat(page.locator("#alerts-count")).containsText(java.util.regex.Pattern.compile("\\d alerts?$|No alerts"), PATIENTLY);

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

        var toast = page.locator("vaadin-notification-card").filter(new Locator.FilterOptions().setHasText(java.util.regex.Pattern.compile("new carts? to recover")));
        assertThat(toast).isVisible(PATIENTLY_VISIBLE);
        long millis = Duration.ofNanos(System.nanoTime() - advanced).toMillis();
        System.out.printf("Alert raised on one instance, on the rep's page on the other %d ms after the clock moved "
                + "(the first instance sweeps every second)%n", millis);
        assertThat(page.locator("#alerts-grid")).containsText("Construtora Horizonte");
        screenshot("second-instance");
        assertThat(millis).isLessThanOrEqualTo(10_000); // a second's sweep, then the signal: generous for a loaded CI machine
    }

    @Test
    void aSignInBegunOnOneInstanceFinishesOnTheOtherAndEitherHonoursTheOthersTokens() throws Exception {
        // What the first instance issues: an integration client's token, and a portal sign-in's code (read off the browser's
        // redirect back to the portal: the portal's token request is what a load balancer may send to another instance).
        // Done before the second instance starts: two application contexts in one JVM share Spring Security's static
        // context holder, which each replaces (not so for instances in their own JVMs, as deployed).
        String token = new IntegrationApiClient(port).token("ferragens-erp", "ferragens-erp-secret-123");
        signInAt("ferragens.localhost", "carlos.lima@ferragenspaulista.com.br");
        String verifier = "cross-instance-verifier-" + java.util.UUID.randomUUID();
        String challenge = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                java.security.MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
        String callback = url("ferragens.localhost", "/login/oauth2/code/feira");
        var redirected = new java.util.concurrent.atomic.AtomicReference<String>();
        // Seen, not stopped (a route would not catch a redirect): the portal finds no sign-in of its own for this state and
        // leaves the code alone (then signs in afresh, with a state and code of its own).
        page.onRequest(request -> {
            if (request.url().startsWith(callback + "?") && request.url().contains("state=s1")) {
                redirected.set(request.url());
            }
        });
        page.navigate(url("localhost", "/oauth2/authorize") + "?response_type=code&client_id=feira-portal&scope=openid&state=s1"
                + "&code_challenge_method=S256&code_challenge=" + challenge + "&redirect_uri=" + encode(callback));
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> redirected.get() != null);
        String code = java.net.URLDecoder.decode(redirected.get().replaceAll(".*[?&]code=([^&]+).*", "$1"), java.nio.charset.StandardCharsets.UTF_8);

        // Behind one public address, as deployed: both instances name the same issuer (the first's address here).
        second = OtherInstance.start(database, null, "--feira.recovery.sweep-interval=PT1H", "--feira.recovery.sweep-initial-delay=PT1H",
                "--feira.platform.public-port=" + port);
        int secondPort = OtherInstance.port(second);

        // The second honours the first's token, and redeems its code
        assertThat(new IntegrationApiClient(secondPort).get("ferragens.localhost", "/api/v1/recovery/alerts", token).statusCode()).isEqualTo(200);
        var http = java.net.http.HttpClient.newHttpClient();
        var exchange = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + secondPort + "/oauth2/token"))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("feira-portal:feira-portal-local-secret".getBytes()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("grant_type=authorization_code&code=" + encode(code)
                        + "&redirect_uri=" + encode(callback) + "&code_verifier=" + verifier))
                .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(exchange.statusCode()).as(exchange.body()).isEqualTo(200);
        assertThat(exchange.body()).contains("\"id_token\"");

        // Both publish the one key their tokens are signed with
        String firstKeys = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url("localhost", "/oauth2/jwks"))).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString()).body();
        String secondKeys = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + secondPort + "/oauth2/jwks"))
                .build(), java.net.http.HttpResponse.BodyHandlers.ofString()).body();
        assertThat(secondKeys).isEqualTo(firstKeys).contains("\"kid\":\"feira-1\"");
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    private TenantId ferragens() {
        return tenants.bySlug("ferragens").orElseThrow().id();
    }

    private BuyerAccountProfile horizonte() {
        return TenantContext.callAs(ferragens(), () -> accounts.byAccountNumber("FP-10021").orElseThrow());
    }
}
