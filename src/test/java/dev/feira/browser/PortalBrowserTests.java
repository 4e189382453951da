package dev.feira.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal as a buyer meets it, in Debian's Chromium (never a downloaded browser): each supplier
 * host wears its own brand, sign-in goes through the OIDC redirect and back, search returns the
 * supplier's products, and an unknown host gets a 404 page. Screenshots go to target/screenshots.
 */
class PortalBrowserTests extends BrowserTestSupport {

    @Test
    void theDemoSuppliersHostsAnswerFromTheServersFirstRequest() {
        assertThat(dev.feira.testing.TenantsAtServerStart.whenServingOn(port)).contains("ferragens", "escritorio", "sabor");
    }

    @Test
    void aPageTheVisitorMayNotOpenOrThatDoesNotExistIsSaidPlainlyInItsLanguage() {
        context = browser.newContext(new Browser.NewContextOptions().setLocale("pt-BR").setViewportSize(1280, 860));
        page = context.newPage();
        signInAt("ferragens.localhost", "carlos.lima@ferragenspaulista.com.br"); // a sales rep: the payments page is the admins'
        page.setViewportSize(390, 844);

        page.navigate(url("ferragens.localhost", "/catalog/payments"));
        assertThat(page.locator("#page-not-found")).hasText("Página não encontrada");
        assertThat(page.locator("body")).not().containsText("Available routes");
        assertThat(page.locator("#portal-name")).hasText("Ferragens Paulista Distribuidora");
        screenshot("page-not-found-pt-390");

        var response = page.navigate(url("ferragens.localhost", "/catalog/no-such-page"));
        assertThat(page.locator("h1")).containsText("Página");
        assertThat(page.locator("body")).not().containsText("Whitelabel");
        org.assertj.core.api.Assertions.assertThat(response.status()).isIn(403, 404);
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
    void aFirstVisitSpeaksTheBrowsersLanguageWhenFeiraSpeaksItElseTheSuppliersAndSaysSoInHtmlLang() {
        page.navigate(url("ferragens.localhost", "/"));
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page).hasTitle("Catalog · Ferragens Paulista Distribuidora");

        try (var french = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setLocale("fr-FR"))) {
            var visitor = french.newPage();
            visitor.navigate(url("ferragens.localhost", "/"));
            // Feira does not speak French: the supplier's own language, Portuguese.
            assertThat(visitor.locator("html")).hasAttribute("lang", "pt-BR");
            assertThat(visitor).hasTitle("Catálogo · Ferragens Paulista Distribuidora");
            visitor.locator("#language").click();
            visitor.locator("#language vaadin-select-item", new com.microsoft.playwright.Page.LocatorOptions().setHasText("English")).click();
            assertThat(visitor.locator("html")).hasAttribute("lang", "en");
            visitor.navigate(url("ferragens.localhost", "/catalog"));
            assertThat(visitor).hasTitle("Catalog · Ferragens Paulista Distribuidora"); // the choice stays
        }
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
    void aBuyerWhoSignsInFromAProductPageComesBackToIt() {
        page.navigate(url("ferragens.localhost", "/catalog/product/FP-00092"));
        assertThat(page.locator("#product-name")).isVisible();
        signIn("compras@construtorahorizonte.com.br", "feira123");

        page.waitForURL(u -> u.startsWith(url("ferragens.localhost", "/catalog/product/FP-00092")));
        assertThat(page.locator("#signed-in-user")).hasText("Patrícia Mendes");
        assertThat(page.locator("#product-price")).containsText("R$", PATIENTLY);
    }

    @Test
    void signedInOnTheMarketplaceABuyerIsSignedInAtASupplierWithoutTypingThePasswordAgain() {
        page.navigate(url("localhost", "/"));
        signIn("suprimentos@metalurgicavale.com.br", "feira123");
        page.waitForURL(u -> u.startsWith(url("localhost", "/")) && !u.contains("/signin"));
        assertThat(page.locator("#signed-in-user")).hasText("Fernanda Costa");

        page.navigate(url("ferragens.localhost", "/catalog"));
        page.locator("#sign-in").click();

        page.waitForURL(u -> u.startsWith(url("ferragens.localhost", "/")));
        assertThat(page.locator("#signed-in-user")).hasText("Fernanda Costa");
        assertThat(page.locator("#catalog-grid")).containsText("R$", PATIENTLY);
    }

    @Test
    void signedInAtASupplierABuyerOpensTheMarketplaceAndItsPages() {
        signInAt("ferragens.localhost", "suprimentos@metalurgicavale.com.br");

        for (String path : java.util.List.of("/", "/carts", "/dev/mailbox")) {
            Response response = page.navigate(url("localhost", path));
            assertThat(response.status()).isEqualTo(200);
            assertThat(page.locator("#portal-name")).containsText("Feira");
            assertThat(page.locator("#signed-in-user")).containsText("suprimentos@metalurgicavale.com.br");
            assertThat(page.locator("body")).not().containsText("Exception");
        }
        screenshot("marketplace-after-supplier-sign-in");
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
        assertThat(page.locator("#sign-in-form")).isVisible();
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
        page.locator("#language vaadin-select-item", new Page.LocatorOptions().setHasText("Português")).click();

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
        assertThat(page.locator("#sign-in-form")).containsText("Wrong e-mail or password");
        screenshot("wrong-password");
    }

    @Test
    void fiveWrongPasswordsFromOneBrowserLockItOutAWhileEvenWithTheRightOne() {
        page.navigate(url("sabor.localhost", "/catalog"));
        page.locator("#sign-in").click();
        page.waitForURL(u -> u.startsWith(url("localhost", "/signin")));
        for (int attempt = 1; attempt <= 5; attempt++) {
            page.locator("input[name=username]").fill("juliana.rocha@sabordocampo.com.br");
            page.locator("input[name=password]").fill("guess-" + attempt);
            page.locator("vaadin-button[slot=submit], button[type=submit]").first().click();
            page.waitForURL(u -> u.contains("/signin?error"));
            assertThat(page.locator("#sign-in-form")).containsText("Wrong e-mail or password");
        }

        page.locator("input[name=username]").fill("juliana.rocha@sabordocampo.com.br");
        page.locator("input[name=password]").fill("feira123");
        page.locator("vaadin-button[slot=submit], button[type=submit]").first().click();

        page.waitForURL(u -> u.contains("/signin?locked=1"));
        assertThat(page.locator("#sign-in-form")).containsText("Too many wrong attempts");
        assertThat(page.locator("#sign-in-form")).containsText("blocked for 1 minute");
        screenshot("locked-out");
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
}
