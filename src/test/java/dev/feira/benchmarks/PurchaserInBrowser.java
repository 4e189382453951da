package dev.feira.benchmarks;

import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/**
 * A buyer's purchaser in Chromium on Ferragens Paulista's portal through the load balancer, for {@link ClusterChaos}:
 * signs in (again, once her instance is gone), opens the cart, and tells which instance holds her session (the load
 * balancer's sticky cookie).
 */
final class PurchaserInBrowser implements AutoCloseable {

    private static final String IDLE = PageTimingBenchmark.IDLE;

    private final Playwright playwright;
    private final Browser browser;
    private final Page page;
    private final String portal;
    private final String username;

    PurchaserInBrowser(int port, String username) {
        this.portal = "http://ferragens.localhost:" + port;
        this.username = username;
        this.playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        this.browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(Paths.get("/usr/bin/chromium"))
                .setHeadless(true).setArgs(List.of("--no-sandbox", "--disable-gpu", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
        var context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 900).setLocale("pt-BR"));
        context.setDefaultTimeout(60_000);
        this.page = context.newPage();
    }

    /** Opens the cart, signing in when the portal does not know her (any more); answers the instance she is on. */
    String signInAndOpenCart() {
        page.navigate(portal + "/cart");
        var form = page.locator("input[name=username]");
        page.locator("#signed-in-user, #sign-in, input[name=username]").first().waitFor();
        if (!form.isVisible() && !page.locator("#signed-in-user").isVisible()) {
            page.locator("#sign-in").first().click();
            page.locator("#signed-in-user, input[name=username]").first().waitFor();
        }
        if (form.isVisible()) {
            form.fill(username);
            page.locator("input[name=password]").fill("feira123");
            page.locator("vaadin-button[slot=submit], button[type=submit]").first().click();
            page.locator("#signed-in-user").waitFor();
        }
        if (!page.url().startsWith(portal + "/cart")) {
            page.navigate(portal + "/cart");
        }
        page.locator("#cart-total").waitFor();
        page.waitForFunction(IDLE);
        return page.context().cookies(portal).stream().filter(c -> c.name.equals("FEIRA_INSTANCE")).map(c -> c.value)
                .findFirst().orElseThrow(() -> new IllegalStateException("no sticky cookie from the load balancer"));
    }

    String cartTotal() {
        return page.locator("#cart-total").textContent().strip();
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
