package dev.feira.browser;

import java.nio.charset.StandardCharsets;

import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A supplier admin maintains the catalog: imports a spreadsheet (sees its bad rows, fixes them,
 * applies it) and creates a product in the form; both are searchable right after.
 */
class ImportBrowserTests extends BrowserTestSupport {

    static final String HEADER = "sku,name,unit,pack_size,list_price,stock\n";

    @Test
    void aSupplierSeesTheBadRowsOfASheetFixesItAndAppliesIt() {
        signInAt("ferragens.localhost", "admin@ferragenspaulista.com.br");
        page.navigate(url("ferragens.localhost", "/catalog/import"));

        upload("novos-produtos.csv", HEADER
                + "WIZ-001,Parafuso Francês M10 x 100 Zincado,CX,50,48.90,30\n"
                + "WIZ-002,,CX,50,abc,10\n"
                + "WIZ-003,Porca Cega M10 Inox,CX,0,22.00,5\n");

        assertThat(page.locator("#import-summary")).containsText("3 problems");
        var problems = page.locator("#import-problems");
        assertThat(problems).containsText("name");
        assertThat(problems).containsText("'abc' is not a price such as 12.50");
        assertThat(problems).containsText("'0' is not a whole number above zero");
        assertThat(page.locator("#import-apply")).isDisabled();
        screenshot("problems");
        // The refused rows come back as a file: each as uploaded, with what is wrong with it.
        var download = page.waitForDownload(() -> page.locator("#import-rows-to-fix").click());
        org.assertj.core.api.Assertions.assertThat(download.suggestedFilename()).isEqualTo("novos-produtos-to-fix.csv");
        try (var in = download.createReadStream()) {
            String rows = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            org.assertj.core.api.Assertions.assertThat(rows).contains("WIZ-002").contains("'abc' is not a price such as 12.50")
                    .contains("WIZ-003").doesNotContain("WIZ-001");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }

        upload("novos-produtos-corrigido.csv", HEADER
                + "WIZ-001,Parafuso Francês M10 x 100 Zincado,CX,50,48.90,30\n"
                + "WIZ-002,Arruela Lisa M10 Zincada,CX,50,8.40,10\n"
                + "WIZ-003,Porca Cega M10 Inox,CX,10,22.00,5\n");

        assertThat(page.locator("#import-summary")).containsText("3 rows, all correct; 3 records will change");
        page.locator("#import-apply").click();
        assertThat(page.locator("#import-result")).containsText("Applied: 3 rows read, 3 records changed");
        screenshot("applied");

        page.navigate(url("ferragens.localhost", "/catalog"));
        page.locator("#catalog-search input").fill("porca cega");
        assertThat(page.locator("#catalog-grid")).containsText("WIZ-003", PATIENTLY);
    }

    @Test
    void aSupplierCreatesAProductInTheFormAndFindsItInTheCatalog() {
        signInAt("ferragens.localhost", "admin@ferragenspaulista.com.br");
        page.navigate(url("ferragens.localhost", "/catalog/products"));

        page.locator("#products-new").click();
        screenshot("new-product");
        page.locator("#product-sku input").fill("FORM-001");
        page.locator("#product-gtin input").fill("123");
        page.locator("#product-list_price input").fill("17.90");
        page.locator("#products-save").click();

        assertThat(page.locator("#product-name")).hasAttribute("invalid", "");
        assertThat(page.locator("#product-name")).containsText("is required");
        assertThat(page.locator("#product-gtin")).containsText("is not a GTIN");
        screenshot("form-problems");

        page.locator("#product-name input").fill("Grampo Tipo U Galvanizado 3/4\"");
        page.locator("#product-gtin input").fill("");
        page.locator("#product-category input").fill("Fixadores > Grampos");
        page.locator("#products-save").click();
        assertThat(page.locator("vaadin-notification-card")).containsText("Saved FORM-001");

        page.navigate(url("ferragens.localhost", "/catalog"));
        page.locator("#catalog-search input").fill("grampo galvanizado");
        assertThat(page.locator("#catalog-grid")).containsText("FORM-001", PATIENTLY);
    }

    @Test
    void aBuyerCannotOpenTheImportWizard() {
        signInAt("ferragens.localhost", "compras@construtorahorizonte.com.br");

        assertThat(page.locator("vaadin-side-nav")).containsText("Catalog");
        assertThat(page.locator("vaadin-side-nav")).not().containsText("Import");

        page.navigate(url("ferragens.localhost", "/catalog/import"));

        assertThat(page.locator("#import-upload")).hasCount(0);
    }

    @Test
    void aSemicolonSheetWithDecimalCommasIsImportedAndABadOneIsAnsweredInPortuguese() {
        context.close();
        context = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setLocale("pt-BR").setViewportSize(1280, 860));
        page = context.newPage();
        signInAt("ferragens.localhost", "admin@ferragenspaulista.com.br");
        page.navigate(url("ferragens.localhost", "/catalog/import"));

        upload("produtos-excel.csv", "Código;Nome;Unidade;Embalagem;Preço;Estoque\n"
                + "BR-001;Bucha Nylon S8 com Parafuso;CX;100;\"1.234,50\";12\n"
                + "BR-002;Abraçadeira Rosca Sem Fim 1/2;CX;50;\"48,90\";7\n");
        assertThat(page.locator("#import-summary")).containsText("2 linhas, todas corretas", PATIENTLY);
        page.locator("#import-apply").click();
        assertThat(page.locator("#import-result")).containsText("Aplicado: 2 linhas lidas", PATIENTLY);
        page.navigate(url("ferragens.localhost", "/catalog/product/BR-001"));
        assertThat(page.locator("vaadin-app-layout")).containsText("1.234,50", PATIENTLY); // read as twelve hundred, not 1,23

        page.navigate(url("ferragens.localhost", "/catalog/import"));
        upload("produtos-com-erro.csv", "Código;Nome;Unidade;Embalagem;Preço;Estoque\n" + "BR-003;;CX;100;doze;12\n");
        assertThat(page.locator("#import-summary")).containsText("2 problemas", PATIENTLY);
        assertThat(page.locator("#import-problems")).containsText("'doze' não é um preço como 12,50");
        assertThat(page.locator("#import-problems")).containsText("é obrigatório");
        screenshot("problemas");
    }

    private void upload(String name, String content) {
        page.locator("#import-upload input[type=file]").setInputFiles(
                new FilePayload(name, "text/csv", content.getBytes(StandardCharsets.UTF_8)));
    }
}
