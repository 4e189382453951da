package dev.feira.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Chromium from Debian (never a downloaded browser) driven by Playwright against the app on a
 * random port; each test gets a fresh browser context. Screenshots go to target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
abstract class BrowserTestSupport {

    static final Path SCREENSHOTS = Paths.get("target/screenshots");
    static final LocatorAssertions.ContainsTextOptions PATIENTLY = new LocatorAssertions.ContainsTextOptions().setTimeout(60_000);
    static final LocatorAssertions.IsVisibleOptions PATIENTLY_VISIBLE = new LocatorAssertions.IsVisibleOptions().setTimeout(60_000);

    static Playwright playwright;
    static Browser browser;

    @LocalServerPort
    int port;

    BrowserContext context;
    Page page;
    String testName;

    @BeforeAll
    static void launchChromium() throws Exception {
        Files.createDirectories(SCREENSHOTS);
        // The first page of a fresh dev-mode server takes a while; later ones are quick.
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get(System.getProperty("feira.chromium", "/usr/bin/chromium")))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run",
                        // Suppliers' own domains in tests live under example.com (reserved for examples): to loopback only.
                        "--host-resolver-rules=MAP *.example.com 127.0.0.1")));
    }

    @AfterAll
    static void closeChromium() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void newBrowserContext(TestInfo info) {
        testName = info.getTestMethod().orElseThrow().getName();
        context = browser.newContext(new Browser.NewContextOptions().setLocale("en-US").setViewportSize(1280, 860));
        page = context.newPage();
        page.setDefaultTimeout(30_000);
    }

    @AfterEach
    void closeContext() {
        context.close();
    }

    /** Opens a supplier's catalog and signs in there (password feira123), back on that host. */
    void signInAt(String host, String username) {
        page.navigate(url(host, "/catalog"));
        signIn(username, "feira123");
        page.waitForURL(u -> u.startsWith(url(host, "/")));
    }

    /** Clicks "Sign in" on the current portal and signs in on the platform's sign-in page. */
    void signIn(String username, String password) {
        page.locator("#sign-in").click();
        page.waitForURL(u -> u.startsWith(url("localhost", "/signin")));
        screenshot("sign-in-form");
        page.locator("input[name=username]").fill(username);
        page.locator("input[name=password]").fill(password);
        page.locator("vaadin-button[slot=submit], button[type=submit]").first().click();
    }

    String primaryColour() {
        return (String) page.evaluate("() => getComputedStyle(document.querySelector('vaadin-app-layout')).getPropertyValue('--lumo-primary-color').trim()");
    }

    String url(String host, String path) {
        return "http://" + host + ":" + port + path;
    }

    void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(testName + "-" + name + ".png")).setFullPage(true));
    }
}
