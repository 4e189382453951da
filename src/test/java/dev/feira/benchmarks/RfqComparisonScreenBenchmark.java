package dev.feira.benchmarks;

import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

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
        BenchApp.runAndExit(tenants, app -> run(app, loads));
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
            page.navigate(base + "/oauth2/authorization/feira");
            page.locator("input[name=username]").fill(RfqAwardBenchmark.PURCHASER);
            page.locator("input[name=password]").fill("feira123");
            page.locator("vaadin-button[slot=submit], button[type=submit]").first().click();
            page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
            String lastLine = LINES + ". Item " + LINES + " do pacote 0";
            List<Long> millis = new ArrayList<>();
            List<Long> scrolls = new ArrayList<>();
            List<Long> lists = new ArrayList<>();
            List<Long> clicks = new ArrayList<>();
            for (int i = 0; i < loads; i++) {
                // The baseline: the same kind of navigation to a light page of the same layout (the company's RFQ list).
                page.navigate(base + "/");
                page.waitForLoadState();
                long listStart = System.nanoTime();
                page.navigate(base + "/rfqs");
                page.locator("#rfqs-grid").getByText(rfq.number()).first().waitFor();
                long listed = (System.nanoTime() - listStart) / 1_000_000;
                // From the list, as a buyer goes there: the click, the server's answer, the page drawn (no page load).
                long clickStart = System.nanoTime();
                page.locator("#rfqs-grid").getByText(rfq.number()).first().click();
                page.locator("#rfq-comparison").getByText("1. Item 1 do pacote 0").first().waitFor();
                page.locator("#rfq-comparison .landed-cost").first().waitFor();
                long clicked = (System.nanoTime() - clickStart) / 1_000_000;
                page.navigate(base + "/");
                page.waitForLoadState();
                long start = System.nanoTime();
                page.navigate(base + "/rfqs/" + rfq.id());
                page.locator("#rfq-comparison").getByText("1. Item 1 do pacote 0").first().waitFor();
                page.locator("#rfq-comparison .landed-cost").first().waitFor();
                long took = (System.nanoTime() - start) / 1_000_000;
                // Then down to the last line, as the buyer scrolls: the rows below arrive as they come into view.
                long scrollStart = System.nanoTime();
                page.locator("#rfq-comparison").evaluate("grid => grid.scrollToIndex(" + (LINES - 1) + ")");
                page.locator("#rfq-comparison").getByText(lastLine).first().waitFor();
                long scrolled = (System.nanoTime() - scrollStart) / 1_000_000;
                System.out.printf("load %d: comparison of %d lines × %d suppliers on screen in %d ms, its last line %d ms after scrolling "
                        + "(the RFQ list: %d ms; from the list by a click: %d ms)%n", i + 1, LINES, SUPPLIERS, took, scrolled, listed, clicked);
                if (i >= 2) {
                    lists.add(listed);
                    clicks.add(clicked);
                    millis.add(took);
                    scrolls.add(scrolled);
                }
            }
            page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target/rfq-comparison-200x20.png")));
            millis.sort(Long::compare);
            scrolls.sort(Long::compare);
            lists.sort(Long::compare);
            clicks.sort(Long::compare);
            System.out.printf("Comparison of %d lines × %d suppliers: from the RFQ list by a click median %d ms (max %d); as a page load "
                    + "median %d ms, max %d ms (the light RFQ list as a page load: %d ms); the last line after scrolling: median %d ms "
                    + "(%d loads after warm-up)%n", LINES, SUPPLIERS, clicks.get(clicks.size() / 2), clicks.getLast(), millis.get(millis.size() / 2),
                    millis.getLast(), lists.get(lists.size() / 2), scrolls.get(scrolls.size() / 2), millis.size());
        }
    }

    private RfqComparisonScreenBenchmark() {
    }
}
