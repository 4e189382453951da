package dev.feira.benchmarks;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.management.ObjectName;

import com.sun.management.HotSpotDiagnosticMXBean;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What an open tab costs the server: heap held after a full collection, per tab, for a buyer on the catalog, a buyer who went
 * catalog → product → cart, and a supplier's admin on the product list; with the classes that grew most. The app runs in this
 * JVM on fresh embedded servers with the demo tenants, in production mode unless {@code BENCH_MODE=development} (which adds
 * the development tools' own socket to every tab); Chromium opens the tabs, each its own Vaadin UI in the signed-in
 * person's session, and keeps them open while the heap is measured.
 * <p>
 * Run: {@code bench/session-memory [tabs]} (default 25 per kind).
 */
public final class SessionMemoryBenchmark {

    static final String BUYER = "compras@construtorahorizonte.com.br";
    static final String ADMIN = "admin@ferragenspaulista.com.br";

    public static void main(String[] args) {
        int tabs = args.length > 0 ? Integer.parseInt(args[0]) : 25;
        BenchApp.runAndExit(Path.of("tenants"), app -> run(app, tabs));
    }

    private static void run(ConfigurableApplicationContext app, int tabs) throws Exception {
        String base = "http://ferragens.localhost:" + ((WebServerApplicationContext) app).getWebServer().getPort();
        try (var playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
             var browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(Paths.get("/usr/bin/chromium"))
                     .setHeadless(true).setArgs(List.of("--no-sandbox", "--disable-gpu", "--no-first-run")))) {
            var buyer = signedIn(browser, base, BUYER);
            var admin = signedIn(browser, base, ADMIN);
            // Every view once, so what is measured is what a tab adds, not classes loaded or caches filled on first use.
            walk(buyer.newPage(), base, "/catalog", "#catalog-grid", "/catalog/product/FP-00092", "#product-name", "/cart", "#cart-totals").close();
            walk(admin.newPage(), base, "/catalog/products", "vaadin-grid").close();

            // A discarded round first: caches that fill with use (prices, search, templates) are full before anything is counted.
            measure("warm-up (not counted)", tabs, () -> walk(buyer.newPage(), base, "/catalog", "#catalog-grid",
                    "/catalog/product/FP-00092", "#product-name", "/cart", "#cart-totals"));
            measure("buyer tab on the catalog", tabs, () -> walk(buyer.newPage(), base, "/catalog", "#catalog-grid"));
            measure("buyer tab after catalog → product → cart", tabs, () -> walk(buyer.newPage(), base, "/catalog", "#catalog-grid",
                    "/catalog/product/FP-00092", "#product-name", "/cart", "#cart-totals"));
            measure("supplier admin tab on the product list", tabs, () -> walk(admin.newPage(), base, "/catalog/products", "vaadin-grid"));
        }
    }

    interface Tab {
        Page open();
    }

    /**
     * Opens the tabs, then closes them as a person does (the page tells the server, which lets its UI go at once): what the
     * heap gives back is what the open tabs held. Measured on the way down, because on the way up caches that fill with use
     * (prices, search results, tokens) grow too, and they stay when the tabs close.
     */
    private static void measure(String what, int tabs, Tab tab) throws Exception {
        long before = heldHeap();
        List<Page> open = new ArrayList<>();
        for (int i = 0; i < tabs; i++) {
            open.add(tab.open());
        }
        long opened = heldHeap();
        Map<String, long[]> classesOpen = histogram();
        dumpHeapIfAsked(what);
        open.forEach(page -> page.close(new Page.CloseOptions().setRunBeforeUnload(true)));
        Thread.sleep(3_000);
        long closed = heldHeap();
        Map<String, long[]> classesClosed = histogram();
        System.out.printf("%s: %d tabs open held %,d KB, %,d KB per tab (the heap grew by %,d KB while they opened)%n", what, tabs,
                (opened - closed) / 1024, (opened - closed) / 1024 / tabs, (opened - before) / 1024);
        classesOpen.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), new long[] {e.getValue()[0] - classesClosed.getOrDefault(e.getKey(), new long[2])[0],
                        e.getValue()[1] - classesClosed.getOrDefault(e.getKey(), new long[2])[1]}))
                .sorted(Comparator.comparingLong((Map.Entry<String, long[]> e) -> e.getValue()[1]).reversed()).limit(12)
                .forEach(e -> System.out.printf("    %,8.1f KB per tab  %,7.1f instances per tab  %s%n", e.getValue()[1] / 1024.0 / tabs,
                        e.getValue()[0] / (double) tabs, e.getKey()));
    }

    private static BrowserContext signedIn(Browser browser, String base, String user) {
        var context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 900));
        context.setDefaultTimeout(120_000);
        var page = context.newPage();
        page.navigate(base + "/oauth2/authorization/feira");
        page.locator("input[name=username]").fill(user);
        page.locator("input[name=password]").fill("feira123");
        page.locator("vaadin-button[slot=submit], button[type=submit]").first().click();
        page.waitForURL(url -> url.startsWith(base + "/"));
        page.close();
        return context;
    }

    /** Visits each path in turn until its element shows and Vaadin has nothing pending; the tab stays open. */
    private static Page walk(Page page, String base, String... pathsAndSelectors) {
        for (int i = 0; i < pathsAndSelectors.length; i += 2) {
            page.navigate(base + pathsAndSelectors[i]);
            page.locator(pathsAndSelectors[i + 1]).first().waitFor();
            page.waitForFunction("() => window.Vaadin && window.Vaadin.Flow && Object.values(window.Vaadin.Flow.clients)"
                    + ".every(c => !c.isActive || !c.isActive())");
        }
        return page;
    }

    /**
     * With {@code -Dbench.heap-dump=file.hprof}, the live heap while the catalog's tabs are open, to see who holds what
     * ({@code bench/heap-holders file.hprof} names the holders of the largest arrays).
     */
    private static void dumpHeapIfAsked(String what) throws Exception {
        String file = System.getProperty("bench.heap-dump");
        if (file != null && what.startsWith("buyer tab on the catalog")) {
            Files.deleteIfExists(Path.of(file));
            ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class).dumpHeap(file, true);
            System.out.println("    heap dumped to " + file);
        }
    }

    /** Heap in use after full collections, when only what is reachable is left. */
    private static long heldHeap() throws InterruptedException {
        var memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    /** Live instances and bytes per class, as {@code jcmd GC.class_histogram} prints them (it collects first). */
    private static Map<String, long[]> histogram() throws Exception {
        String text = (String) ManagementFactory.getPlatformMBeanServer().invoke(new ObjectName("com.sun.management:type=DiagnosticCommand"),
                "gcClassHistogram", new Object[] {null}, new String[] {String[].class.getName()});
        Map<String, long[]> classes = new HashMap<>();
        for (String line : text.lines().toList()) {
            String[] parts = line.trim().split("\\s+");
            if (parts.length >= 4 && parts[0].endsWith(":")) {
                classes.put(parts[3], new long[] {Long.parseLong(parts[1]), Long.parseLong(parts[2])});
            }
        }
        return classes;
    }
}
