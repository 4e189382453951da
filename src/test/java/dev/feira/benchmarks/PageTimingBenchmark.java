package dev.feira.benchmarks;

import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;

/**
 * Pages as a buyer feels them, against the deployable jar in production mode ({@code bench/pages} builds and starts it):
 * Chromium (headless, Debian's) times each page from the navigation until its content shows and Vaadin has no round trip
 * pending, and each in-page action from the input until the answer shows and nothing is pending. The first visit to the
 * marketplace is timed with an empty browser cache (a new browser context each time); every other page as a returning
 * visitor's (bundle cached, a new tab each time). The sign-in round trip is timed from the click on "Sign in" to the
 * signed-in page, with the typing of the password taken out.
 * <p>
 * Run: {@code bench/pages [iterations]} (default 30 per measurement, after 3 not counted).
 */
public final class PageTimingBenchmark {

    static final String BUYER = "compras@construtorahorizonte.com.br";
    static final String IDLE = "() => window.Vaadin && window.Vaadin.Flow && Object.values(window.Vaadin.Flow.clients)"
            + ".every(c => !c.isActive || !c.isActive())";
    static final String SHOWN = "(selector, text) => [...document.querySelectorAll(selector)].some(e => {"
            + " const box = e.getBoundingClientRect();"
            + " return box.width > 0 && box.height > 0 && getComputedStyle(e).visibility !== 'hidden' && e.textContent.includes(text); })";
    /** Not at every animation frame: a page Chromium does not paint (headless, a tab opened after another closed) gets none. */
    static final Page.WaitForFunctionOptions EVERY_10_MS = new Page.WaitForFunctionOptions().setPollingInterval(10);
    static final int WARM_UP = 3;

    private final String marketplace;
    private final String supplier;
    private final String otherSupplier;
    private final int iterations;
    private final Map<String, List<Double>> timings = new LinkedHashMap<>();

    PageTimingBenchmark(int port, int iterations) {
        this.marketplace = "http://localhost:" + port;
        this.supplier = "http://ferragens.localhost:" + port;
        this.otherSupplier = "http://escritorio.localhost:" + port;
        this.iterations = iterations;
    }

    public static void main(String[] args) {
        int port = Integer.parseInt(args[0]);
        int iterations = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        new PageTimingBenchmark(port, iterations).run();
    }

    private void run() {
        try (var playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
             var browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(Paths.get("/usr/bin/chromium"))
                     .setHeadless(true).setArgs(List.of("--no-sandbox", "--disable-gpu", "--no-first-run",
                             "--disable-background-networking", "--disable-component-update", "--disable-sync")))) {
            timeSignIn(browser);
            var buyer = context(browser);
            signIn(buyer.newPage(), supplier).close();
            timeSingleSignOn(browser);
            timeMarketplace(browser, buyer);
            timeCatalog(buyer);
            timeProduct(buyer);
            timeCart(buyer);
            buyer.close();
        }
        report();
    }

    private void timeMarketplace(Browser browser, BrowserContext buyer) {
        repeat("marketplace, first visit (empty cache)", i -> {
            var context = context(browser);
            var page = context.newPage();
            long start = System.nanoTime();
            page.navigate(marketplace + "/");
            ready(page, "#marketplace-search");
            record("marketplace, first visit (empty cache)", System.nanoTime() - start, i);
            context.close();
        });
        var page = buyer.newPage();
        timeLoad(page, "marketplace, signed-in buyer", marketplace + "/", "#marketplace-search");
        String[][] queries = {{"fita isolante", "Fita Isolante"}, {"parafuso sextavado", "Parafuso Sextavado"}};
        repeat("marketplace search, Enter to offers", i -> {
            var query = queries[i % 2];
            page.locator("#marketplace-search input").fill(query[0]);
            long start = System.nanoTime();
            page.locator("#marketplace-search input").press("Enter");
            ready(page, "#marketplace-grid vaadin-grid-cell-content", query[1]);
            record("marketplace search, Enter to offers", System.nanoTime() - start, i);
        });
        page.close();
    }

    private void timeCatalog(BrowserContext buyer) {
        var page = buyer.newPage();
        timeLoad(page, "catalog with net prices", supplier + "/catalog", "#catalog-grid .net-price");
        String[] queries = {"arruela pressao", "porca sextavada"};
        repeat("catalog search, Enter to results", i -> timeEnter(page, "catalog search, Enter to results", i,
                page.locator("#catalog-search input"), queries[i % 2] + (i % 4 < 2 ? "" : " m6"), "#catalog-summary", "#catalog-grid .net-price"));
        page.close();
    }

    private void timeProduct(BrowserContext buyer) {
        var page = buyer.newPage();
        timeLoad(page, "product page", supplier + "/catalog/product/FP-00092", "#product-price");
        repeat("product quantity, Enter to its price", i -> timeEnter(page, "product quantity, Enter to its price", i,
                page.locator("#product-quantity input"), String.valueOf(100 * (i % 5 + 1) * (i % 2 == 0 ? 1 : 10)), "#product-price", "#product-price"));
        page.locator("#product-quantity input").fill("100");
        page.locator("#product-quantity input").press("Enter");
        page.waitForFunction(IDLE);
        page.locator("#product-add-to-cart").click();
        page.locator("vaadin-notification-card").first().waitFor();
        page.close();
    }

    private void timeCart(BrowserContext buyer) {
        var page = buyer.newPage();
        timeLoad(page, "cart", supplier + "/cart", "#cart-total");
        repeat("cart quantity, Enter to new total", i -> {
            var field = page.locator("#cart-grid .cart-quantity input").first();
            int current = Integer.parseInt(field.inputValue());
            // doubled and halved: multiples of the lot stay so
            timeEnter(page, "cart quantity, Enter to new total", i, field, String.valueOf(i % 2 == 0 ? current * 2 : Math.max(1, current / 2)),
                    "#cart-total", "#cart-total");
        });
        page.close();
    }

    /** Navigates, until the element shows and Vaadin is idle. */
    private void timeLoad(Page page, String name, String url, String readySelector) {
        repeat(name, i -> {
            long start = System.nanoTime();
            page.navigate(url);
            ready(page, readySelector);
            record(name, System.nanoTime() - start, i);
        });
    }

    /** Types a value and presses Enter: done when the watched element's text has changed and the answer shows. */
    private void timeEnter(Page page, String name, int iteration, Locator field, String value, String watched, String readySelector) {
        String before = page.locator(watched).textContent();
        field.fill(value);
        long start = System.nanoTime();
        field.press("Enter");
        page.waitForFunction("([selector, before]) => document.querySelector(selector).textContent !== before", List.of(watched, before));
        ready(page, readySelector);
        record(name, System.nanoTime() - start, iteration);
    }

    /** Click on "Sign in" to the form, and the form sent to the signed-in catalog: what waits on the server, not on typing. */
    private void timeSignIn(Browser browser) {
        var context = context(browser);
        repeat("sign-in round trip (click to form + submit to catalog)", i -> {
            context.clearCookies(); // signed out, as a returning visitor: the browser's cache kept
            var page = context.newPage();
            page.navigate(supplier + "/catalog");
            ready(page, "#sign-in");
            long start = System.nanoTime();
            page.locator("#sign-in").click();
            page.waitForURL(url -> url.contains("/signin"));
            shown(page, "input[name=password]");
            long toForm = System.nanoTime() - start;
            page.locator("input[name=username]").fill(BUYER);
            page.locator("input[name=password]").fill("feira123");
            long submitted = System.nanoTime();
            page.locator("vaadin-button[slot=submit], button[type=submit]").first().click();
            page.waitForURL(url -> url.startsWith(supplier + "/") && !url.contains("/login"));
            ready(page, "#signed-in-user");
            long done = System.nanoTime();
            record("sign-in round trip (click to form + submit to catalog)", done - submitted + toForm, i);
            record("sign-in: click to the form", toForm, i);
            record("sign-in: submit to the signed-in page", done - submitted, i);
            page.close();
        });
        context.close();
    }

    /**
     * Signed in on one supplier's portal, "Sign in" on another's: no form, the authorization server knows the person. Signed
     * out between rounds by forgetting the cookies (signing out of a portal ends the Feira session too).
     */
    private void timeSingleSignOn(Browser browser) {
        var context = context(browser);
        repeat("single sign-on to another supplier", i -> {
            context.clearCookies();
            signIn(context.newPage(), supplier).close();
            var page = context.newPage();
            page.navigate(otherSupplier + "/catalog");
            ready(page, "#sign-in");
            long start = System.nanoTime();
            page.locator("#sign-in").click();
            page.waitForURL(url -> url.startsWith(otherSupplier + "/") && !url.contains("/oauth2/"));
            ready(page, "#signed-in-user");
            record("single sign-on to another supplier", System.nanoTime() - start, i);
            page.close();
        });
        context.close();
    }

    private BrowserContext context(Browser browser) {
        var context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 900).setLocale("pt-BR"));
        context.setDefaultTimeout(60_000);
        return context;
    }

    private Page signIn(Page page, String base) {
        page.navigate(base + "/oauth2/authorization/feira");
        page.locator("input[name=username]").fill(BUYER);
        page.locator("input[name=password]").fill("feira123");
        page.locator("vaadin-button[slot=submit], button[type=submit]").first().click();
        page.waitForURL(url -> url.startsWith(base + "/") && !url.contains("/login"));
        ready(page, "#signed-in-user");
        return page;
    }

    /** The element shows and Vaadin has no request in flight: what the person sees is the answer. */
    private static void ready(Page page, String selector) {
        ready(page, selector, "");
    }

    /**
     * As {@link #ready(Page, String)}, for an element holding the text. Asked in the page every 10 ms: Playwright's own
     * waiting for an element looks again after 0, 20, 50, 100, 100 and then every 500 ms, so a page ready after half a
     * second was timed up to half a second late (the marketplace's first visit showed at ~730 ms and was timed ~1,150).
     */
    private static void ready(Page page, String selector, String text) {
        try {
            page.waitForFunction("([selector, text]) => (" + SHOWN + ")(selector, text) && (" + IDLE + ")()", List.of(selector, text), EVERY_10_MS);
        } catch (PlaywrightException e) {
            throw new IllegalStateException("Not ready at " + page.url() + ": " + selector + " " + text, e);
        }
    }

    /** The element is on the page and would be seen (a box, not hidden), as Playwright's "visible" means. */
    private static void shown(Page page, String selector) {
        page.waitForFunction("selector => (" + SHOWN + ")(selector, '')", selector, EVERY_10_MS);
    }

    /** Runs a measurement's rounds: the first {@link #WARM_UP} are not counted. */
    private void repeat(String name, IntConsumer round) {
        System.out.printf("  %s …%n", name);
        for (int i = 0; i < WARM_UP + iterations; i++) {
            round.accept(i);
        }
    }

    private void record(String name, long nanos, int iteration) {
        if (iteration >= WARM_UP) {
            timings.computeIfAbsent(name, n -> new ArrayList<>()).add(nanos / 1e6);
        }
    }

    private void report() {
        System.out.printf("%n%-58s %8s %8s %8s%n", "milliseconds (" + iterations + " each)", "p50", "p95", "max");
        timings.forEach((name, values) -> {
            var sorted = values.stream().sorted().toList();
            System.out.printf("%-58s %8.0f %8.0f %8.0f%n", name, percentile(sorted, 50), percentile(sorted, 95), sorted.getLast());
        });
    }

    private static double percentile(List<Double> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
