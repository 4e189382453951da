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
import com.microsoft.playwright.Response;
import com.microsoft.playwright.assertions.LocatorAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal as a buyer meets it, in Debian's Chromium (never a downloaded browser): each supplier
 * host wears its own brand, sign-in goes through the OIDC redirect and back, search returns the
 * supplier's products, and an unknown host gets a 404 page. Screenshots go to target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PortalBrowserTests {

    private static final Path SCREENSHOTS = Paths.get("target/screenshots");
    private static final LocatorAssertions.ContainsTextOptions PATIENTLY = new LocatorAssertions.ContainsTextOptions().setTimeout(60_000);

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    int port;

    private BrowserContext context;
    private Page page;
    private String testName;

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
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
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

    @Test
    void aSupplierHostWearsItsOwnBrand() {
        page.navigate(url("ferragens.localhost", "/"));

        assertThat(page.locator("#portal-name")).hasText("Ferragens Paulista Distribuidora");
        assertThat(page).hasTitle("Catalog · Ferragens Paulista Distribuidora");
        assertThat(page.locator("img.portal-logo")).isVisible();
        assertThat(primaryColour()).isEqualTo("#c2410c");
        screenshot("ferragens");

        page.navigate(url("escritorio.localhost", "/"));

        assertThat(page.locator("#portal-name")).hasText("Escritório Total Suprimentos");
        assertThat(primaryColour()).isEqualTo("#1d4ed8");
        screenshot("escritorio");
    }

    @Test
    void aBuyerSignsInThroughTheOidcRedirectAndSeesTheirPrices() {
        page.navigate(url("ferragens.localhost", "/catalog"));
        assertThat(page.locator("#catalog-grid")).containsText("Sign in to see prices", PATIENTLY);

        signIn("compras@construtorahorizonte.com.br", "feira123");

        page.waitForURL(u -> u.startsWith(url("ferragens.localhost", "/")));
        assertThat(page.locator("#signed-in-user")).hasText("Patrícia Mendes");
        assertThat(page.locator("#catalog-grid")).containsText("R$", PATIENTLY);
        screenshot("signed-in-with-prices");
    }

    @Test
    void signingOutEndsTheSessionAtThePortalAndAtTheSignInService() {
        page.navigate(url("escritorio.localhost", "/catalog"));
        signIn("suprimentos@metalurgicavale.com.br", "feira123");
        assertThat(page.locator("#signed-in-user")).hasText("Fernanda Costa");

        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Sign out")).click();
        page.waitForURL(u -> u.startsWith(url("escritorio.localhost", "/")));
        assertThat(page.locator("#sign-in")).isVisible();
        page.locator("#sign-in").click();
        page.waitForURL(u -> u.startsWith(url("localhost", "/signin")));
        assertThat(page.locator("vaadin-login-form")).isVisible();
    }

    @Test
    void aPrivateSuppliersBuyerSeesItsCatalogAfterSigningIn() {
        page.navigate(url("sabor.localhost", "/catalog"));
        signIn("compras@padariasestrela.com.br", "feira123");

        page.waitForURL(u -> u.startsWith(url("sabor.localhost", "/")));
        page.navigate(url("sabor.localhost", "/catalog"));
        assertThat(page.locator("#catalog-grid")).containsText("Açúcar Cristal", PATIENTLY);
        assertThat(page.locator("#catalog-grid")).containsText("R$", PATIENTLY);
        screenshot("private-supplier-buyer");
    }

    @Test
    void aBuyerWithoutAnAccountAtAPrivateSupplierStillSeesNothing() {
        page.navigate(url("sabor.localhost", "/catalog"));
        signIn("compras@construtorahorizonte.com.br", "feira123");

        page.waitForURL(u -> u.startsWith(url("sabor.localhost", "/")));
        page.navigate(url("sabor.localhost", "/catalog"));
        assertThat(page.locator("#signed-in-user")).hasText("Patrícia Mendes");
        assertThat(page.locator("vaadin-vertical-layout")).containsText("private");
        assertThat(page.locator("#catalog-grid")).hasCount(0);
    }

    @Test
    void anOperatorSeesEverySupplierInTheConsole() {
        page.navigate(url("localhost", "/"));
        signIn("operador@feira.com.br", "feira123");

        page.waitForURL(u -> u.startsWith(url("localhost", "/")) && !u.contains("/signin"));
        page.navigate(url("localhost", "/operator/tenants"));
        assertThat(page.locator("#tenants-grid")).containsText("sabor.localhost");
        assertThat(page.locator("#tenants-grid")).containsText("Ferragens Paulista Distribuidora");
        screenshot("operator-tenants");
    }

    @Test
    void aVisitorCanSwitchTheLanguage() {
        page.navigate(url("ferragens.localhost", "/catalog"));
        assertThat(page.locator("#sign-in")).hasText("Sign in");

        page.locator("#language").click();
        page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("Português")).click();

        assertThat(page.locator("#sign-in")).hasText("Entrar");
        assertThat(page.locator("#catalog-grid")).containsText("Entre para ver os preços", PATIENTLY);
        screenshot("portuguese");
    }

    @Test
    void aWrongPasswordIsRefusedWithAClearMessage() {
        page.navigate(url("ferragens.localhost", "/catalog"));
        page.locator("#sign-in").click();
        page.waitForURL(u -> u.startsWith(url("localhost", "/signin")));
        page.locator("input[name=username]").fill("compras@construtorahorizonte.com.br");
        page.locator("input[name=password]").fill("wrong-password");
        page.locator("vaadin-button[slot=submit], button[type=submit]").first().click();

        page.waitForURL(u -> u.contains("/signin?error"));
        assertThat(page.locator("vaadin-login-form")).containsText("Wrong e-mail or password");
        screenshot("wrong-password");
    }

    @Test
    void searchFindsProductsDespiteMissingAccentsAndTypos() {
        page.navigate(url("ferragens.localhost", "/catalog"));
        page.locator("#catalog-search input").fill("arruela pressao");

        assertThat(page.locator("#catalog-grid")).containsText("Arruela de Pressão", PATIENTLY);
        assertThat(page.locator("#catalog-summary")).not().hasText("202 products");
        screenshot("search-accents");

        page.locator("#catalog-search input").fill("parafuso sextavdo");
        assertThat(page.locator("#catalog-grid")).containsText("Parafuso Sextavado", PATIENTLY);
    }

    @Test
    void aPrivateSupplierShowsItsCatalogOnlyToItsBuyers() {
        page.navigate(url("sabor.localhost", "/catalog"));

        assertThat(page.locator("vaadin-vertical-layout")).containsText("private");
        assertThat(page.locator("#catalog-grid")).hasCount(0);
        screenshot("private-supplier");
    }

    @Test
    void anUnknownHostGetsA404PageAndNoTenantData() {
        Response response = page.navigate(url("nobody-here.localhost", "/"));

        assertThat(response.status()).isEqualTo(404);
        assertThat(page.locator("#unknown-host")).containsText("No store at this address");
        assertThat(page.content()).doesNotContain("Ferragens").doesNotContain("Escritório");
        screenshot("unknown-host");
    }

    @Test
    void theMarketplaceSpeaksPortugueseToABrazilianBrowser() {
        context.close();
        context = browser.newContext(new Browser.NewContextOptions().setLocale("pt-BR"));
        page = context.newPage();

        page.navigate(url("localhost", "/"));

        assertThat(page.locator("#sign-in")).hasText("Entrar");
        assertThat(page.locator(".supplier-cards")).containsText("Ferragens Paulista Distribuidora");
        assertThat(page.locator(".supplier-cards")).containsText("Catálogo privado");
        assertThat(page.locator("vaadin-side-nav")).containsText("Início");
        assertThat(page.locator("vaadin-side-nav")).not().containsText("Catálogo");
        screenshot("marketplace-pt-BR");
    }

    /** Clicks "Sign in" on the current portal and signs in on the platform's sign-in page. */
    private void signIn(String username, String password) {
        page.locator("#sign-in").click();
        page.waitForURL(u -> u.startsWith(url("localhost", "/signin")));
        screenshot("sign-in-form");
        page.locator("input[name=username]").fill(username);
        page.locator("input[name=password]").fill(password);
        page.locator("vaadin-button[slot=submit], button[type=submit]").first().click();
    }

    private String primaryColour() {
        return (String) page.evaluate("() => getComputedStyle(document.querySelector('vaadin-app-layout')).getPropertyValue('--lumo-primary-color').trim()");
    }

    private String url(String host, String path) {
        return "http://" + host + ":" + port + path;
    }

    private void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(testName + "-" + name + ".png")).setFullPage(true));
    }
}
