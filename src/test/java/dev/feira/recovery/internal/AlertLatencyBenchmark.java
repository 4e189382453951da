package dev.feira.recovery.internal;

import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import dev.feira.FeiraApplication;
import dev.feira.identity.BuyerAccountDirectory;
import dev.feira.ordering.Carts;
import dev.feira.shared.TenantContext;
import dev.feira.tenancy.TenantDirectory;
import dev.feira.testing.MovableClock;
import dev.feira.testing.OtherInstance;

import static org.awaitility.Awaitility.await;

/**
 * From a rule firing to the alert on the rep's open page: Carlos Lima's inbox open in Chromium;
 * Construtora Horizonte's R$ 60.000 cart goes idle (the clock moved two days on) and the sweep
 * fires; the time is taken from the sweep's start to the toast appearing in the page. Once with
 * the page on the instance that fires, once on a second instance on the same database.
 * <p>
 * Run: {@code bench/alert-latency [rounds]} (default 40 per setting).
 */
public final class AlertLatencyBenchmark {

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        var clock = MovableClock.get();
        ConfigurableApplicationContext first = new SpringApplicationBuilder(FeiraApplication.class).profiles("test")
                .initializers(context -> context.getBeanFactory().registerSingleton("clock", clock))
                .run("--feira.embedded.data-directory=", "--server.port=0", "--vaadin.devmode.liveReload.enabled=false", "--vaadin.devmode.devTools.enabled=false",
                        "--logging.level.root=WARN", "--logging.level.dev.feira=WARN",
                        "--feira.recovery.sweep-interval=PT1000H", "--feira.recovery.sweep-initial-delay=PT1000H");
        ConfigurableApplicationContext second = null;
        int status = 0;
        try (var playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
             var browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                     .setExecutablePath(Paths.get(System.getProperty("feira.chromium", "/usr/bin/chromium"))).setHeadless(true)
                     .setArgs(List.of("--no-sandbox", "--disable-gpu")))) {
            var database = first.getBean(HikariDataSource.class);
            var rounds1 = measure(first, port(first), browser, rounds);
            report("page on the instance that fires", rounds1);
            second = OtherInstance.start(database, null, "--vaadin.devmode.devTools.enabled=false", "--logging.level.root=WARN",
                    "--feira.recovery.sweep-interval=PT1000H", "--feira.recovery.sweep-initial-delay=PT1000H");
            var rounds2 = measure(first, port(second), browser, rounds);
            report("page on another instance (PostgreSQL LISTEN/NOTIFY)", rounds2);
        } catch (RuntimeException e) {
            e.printStackTrace();
            status = 1;
        } finally {
            if (second != null) {
                second.close();
            }
            first.close();
        }
        System.exit(status);
    }

    private static int port(ConfigurableApplicationContext app) {
        return OtherInstance.port(app);
    }

    /** @return milliseconds from each sweep's start to the toast on the page served at {@code port} */
    private static List<Long> measure(ConfigurableApplicationContext firing, int port, Browser browser, int rounds) {
        var clock = MovableClock.get();
        var engine = firing.getBean(RecoveryEngine.class);
        var carts = firing.getBean(Carts.class);
        var ferragens = firing.getBean(TenantDirectory.class).bySlug("ferragens").orElseThrow().id();
        var horizonte = TenantContext.callAs(ferragens, () -> firing.getBean(BuyerAccountDirectory.class).byAccountNumber("FP-10021").orElseThrow());
        var registry = new JdbcTemplate(firing.getBean(HikariDataSource.class));
        var owner = new JdbcTemplate(firing.getBean(EmbeddedPostgres.class).getDatabase("postgres", "feira"));

        try (var context = browser.newContext(new Browser.NewContextOptions().setLocale("en-US"))) {
            Page page = context.newPage();
            String host = "http://ferragens.localhost:" + port;
            OtherInstance.signIn(page, "ferragens.localhost", port, "carlos.lima@ferragenspaulista.com.br");
            page.navigate(host + "/recovery/alerts");
            page.locator("#alerts-count").waitFor();
            // Counts the toasts as Vaadin adds them to the page
            page.evaluate("""
                    () => { window.toasts = 0;
                            new MutationObserver(changes => changes.forEach(change => change.addedNodes.forEach(node => {
                                if (node.tagName === 'VAADIN-NOTIFICATION-CARD') window.toasts++; })))
                                .observe(document.body, {childList: true, subtree: true}); }""");

            List<Long> millis = new ArrayList<>();
            for (int round = 0; round < rounds + 3; round++) { // the first three warm up
                TenantContext.runAs(ferragens, () -> {
                    carts.empty(horizonte);
                    carts.add(horizonte, "FP-00129", 40, null);
                });
                await().atMost(Duration.ofSeconds(30)).until(() -> registry.queryForObject(
                        "select count(*) from event_publication where completion_date is null", Long.class) == 0);
                int toastsBefore = ((Number) page.evaluate("() => window.toasts")).intValue();
                clock.advance(Duration.ofHours(49));
                long start = System.nanoTime();
                int fired = TenantContext.callAs(ferragens, () -> engine.sweepCurrentSupplier(clock.instant()));
                if (fired == 0) {
                    throw new IllegalStateException("Round " + round + ": the rule did not fire on " + owner.queryForList(
                            "select episode, state, lines, value, last_activity_at, last_change_at from cart_watch where buyer_account_id = ?",
                            horizonte.id()));
                }
                page.waitForFunction("before => window.toasts > before", toastsBefore, new Page.WaitForFunctionOptions().setPollingInterval(5));
                long took = (System.nanoTime() - start) / 1_000_000;
                if (round >= 3) {
                    millis.add(took);
                }
                clock.reset();
                owner.update("update abandonment_rule set swept_until = null where swept_until > now()"); // the clock went back
            }
            TenantContext.runAs(ferragens, () -> carts.empty(horizonte));
            return millis;
        }
    }

    private static void report(String what, List<Long> millis) {
        var sorted = millis.stream().sorted().toList();
        System.out.printf("%s: %d alerts, fire → toast p50 %d ms, p95 %d ms, max %d ms%n", what, sorted.size(),
                sorted.get(sorted.size() / 2), sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1), sorted.getLast());
    }
}
