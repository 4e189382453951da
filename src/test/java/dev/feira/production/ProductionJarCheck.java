package dev.feira.production;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Response;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The deployable jar as a buyer meets it: run by {@code infra/production-smoke} against the jar built with
 * {@code -Pproduction} and started in the {@code prod} profile (Vaadin production mode), never by
 * {@code ./mvnw verify} (the name does not end in Tests). Without Vaadin's production bundle every page
 * of such a jar answered 500 "Unable to find index.html".
 */
class ProductionJarCheck {

    private final String port = System.getProperty("feira.production.port", "18080");

    @Test
    void aSuppliersCatalogRendersInProductionMode() throws Exception {
        Path screenshots = Files.createDirectories(Paths.get("target/screenshots"));
        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
             Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                     .setExecutablePath(Paths.get(System.getProperty("feira.chromium", "/usr/bin/chromium")))
                     .setHeadless(true)
                     .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                             "--disable-component-update", "--disable-sync", "--no-first-run")))) {
            Page page = browser.newContext(new Browser.NewContextOptions().setLocale("pt-BR")).newPage();

            Response response = page.navigate("http://ferragens.localhost:" + port + "/catalog");

            assertThat(response.status()).isEqualTo(200);
            assertThat(page.locator("#portal-name")).hasText("Ferragens Paulista Distribuidora");
            assertThat(page.locator("#catalog-grid")).containsText("Entre para ver os preços");
            // Vaadin production mode: no development tools are served to the visitor.
            assertThat(page.locator("vaadin-dev-tools")).hasCount(0);
            page.screenshot(new Page.ScreenshotOptions().setPath(screenshots.resolve("production-jar-catalog.png")).setFullPage(true));
        }
    }
}
