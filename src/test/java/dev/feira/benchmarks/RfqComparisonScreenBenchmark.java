package dev.feira.benchmarks;

import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import dev.feira.FeiraApplication;
import dev.feira.rfq.Quotes;
import dev.feira.rfq.Rfqs;
import dev.feira.shared.TenantId;
import dev.feira.tenancy.TenantDirectory;

/**
 * The buyer's comparison of 200 lines quoted by 20 suppliers, on screen: Chromium (Debian's, headless) opens the RFQ's
 * page signed in as the purchaser; timed from the navigation until the comparison shows its last line. The app runs in
 * this JVM (dev mode, like {@code ./mvnw spring-boot:run}) on fresh embedded servers with 20 generated suppliers.
 * <p>
 * Run: {@code bench/rfq-screen [loads]} (default 7; the first two warm up and are not counted).
 */
public final class RfqComparisonScreenBenchmark {

    static final int LINES = 200;
    static final int SUPPLIERS = 20;

    public static void main(String[] args) throws Exception {
        int loads = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        var tenants = RfqAwardBenchmark.generateSuppliers(SUPPLIERS);
        ConfigurableApplicationContext app = SpringApplication.run(FeiraApplication.class, "--feira.demo-data.directory=" + tenants,
                "--feira.embedded.data-directory=", "--server.port=0", "--vaadin.devmode.liveReload.enabled=false",
                "--logging.level.root=WARN", "--logging.level.dev.feira=WARN");
        int status = 0;
        try {
            run(app, loads);
        } catch (RuntimeException e) {
            e.printStackTrace();
            status = 1;
        } finally {
            app.close();
        }
        System.exit(status);
    }

    private static void run(ConfigurableApplicationContext app, int loads) throws InterruptedException {
        var directory = app.getBean(TenantDirectory.class);
        List<TenantId> suppliers = new ArrayList<>();
        for (int s = 1; s <= SUPPLIERS; s++) {
            suppliers.add(directory.bySlug("bench-s" + s).orElseThrow().id());
        }
        var rfq = RfqAwardBenchmark.quotedRfq(app.getBean(Rfqs.class), app.getBean(Quotes.class), suppliers, LINES, 0);
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        String base = "http://localhost:" + port;
        try (var playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
             var browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(Paths.get("/usr/bin/chromium"))
                     .setHeadless(true).setArgs(List.of("--no-sandbox", "--disable-gpu", "--no-first-run")))) {
            var page = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setViewportSize(1400, 900)).newPage();
            page.setDefaultTimeout(120_000);
            page.navigate(base + "/rfqs");
            page.waitForURL(u -> u.contains("/signin"));
            page.locator("input[name=username]").fill(RfqAwardBenchmark.PURCHASER);
            page.locator("input[name=password]").fill("feira123");
            page.locator("vaadin-button[slot=submit], button[type=submit]").first().click();
            page.waitForURL(u -> u.endsWith("/rfqs"));
            String lastLine = LINES + ". Item " + LINES + " do pacote 0";
            List<Long> millis = new ArrayList<>();
            for (int i = 0; i < loads; i++) {
                page.navigate(base + "/");
                page.waitForLoadState();
                long start = System.nanoTime();
                page.navigate(base + "/rfqs/" + rfq.id());
                page.locator("#rfq-comparison").getByText(lastLine).first().waitFor();
                page.locator("#rfq-comparison .landed-cost").first().waitFor();
                long took = (System.nanoTime() - start) / 1_000_000;
                System.out.printf("load %d: comparison of %d lines × %d suppliers on screen in %d ms%n", i + 1, LINES, SUPPLIERS, took);
                if (i >= 2) {
                    millis.add(took);
                }
            }
            page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target/rfq-comparison-200x20.png")));
            millis.sort(Long::compare);
            System.out.printf("Comparison of %d lines × %d suppliers on screen: median %d ms, max %d ms (%d loads after warm-up)%n",
                    LINES, SUPPLIERS, millis.get(millis.size() / 2), millis.getLast(), millis.size());
        }
    }

    private RfqComparisonScreenBenchmark() {
    }
}
