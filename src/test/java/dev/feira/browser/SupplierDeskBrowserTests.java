package dev.feira.browser;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The supplier's own desk as its staff use it (Ferragens Paulista, admin Marcos Oliveira): an
 * individual price set by hand reaches the buyer at once, stock is set per warehouse, the category
 * tree grows; and the buyer narrows a search by a specification and counts in bundles.
 */
class SupplierDeskBrowserTests extends BrowserTestSupport {

    static final String ADMIN = "admin@ferragenspaulista.com.br";

    @Test
    void anIndividualPriceSetByHandReachesTheBuyerAtOnce() {
        signInAt("ferragens.localhost", ADMIN);
        page.navigate(url("ferragens.localhost", "/catalog/price-lists"));
        assertThat(page.locator("#price-lists-grid")).containsText("ACORDO-VALE");
        page.locator("#price-lists-new").click();
        page.locator("#price-list-code input").fill("ACORDO-HORIZONTE");
        page.locator("#price-list-name input").fill("Acordo Horizonte obra 2027");
        page.locator("#price-list-account input").fill("FP-10021");
        page.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText("Construtora Horizonte")).click();
        page.locator("#tier-sku input").fill("FP-00115");
        page.locator("#tier-price input").fill("99.90");
        page.locator("#tier-add").click();
        assertThat(page.locator("#price-list-tiers")).containsText("99.90");
        page.locator("#price-list-save").click();
        assertThat(page.locator("#price-lists-grid")).containsText("ACORDO-HORIZONTE");
        screenshot("price-list-saved");

        context.clearCookies();
        page.navigate(url("localhost", "/signin"));
        signInAt("ferragens.localhost", "compras@construtorahorizonte.com.br");
        page.navigate(url("ferragens.localhost", "/catalog"));
        page.locator("#catalog-search input").fill("FP-00115");
        assertThat(page.locator("#catalog-summary")).hasText("1 product", new com.microsoft.playwright.assertions
                .LocatorAssertions.HasTextOptions().setTimeout(60_000));
        assertThat(page.locator("#catalog-grid .net-price:visible")).hasText("R$99.90", new com.microsoft.playwright.assertions
                .LocatorAssertions.HasTextOptions().setTimeout(60_000));
        screenshot("buyer-sees-individual-price");
    }

    @Test
    void aPriceListThatGetsDearerWithQuantityIsRefusedWithTheReason() {
        signInAt("ferragens.localhost", ADMIN);
        page.navigate(url("ferragens.localhost", "/catalog/price-lists"));
        page.locator("#price-lists-new").click();
        page.locator("#price-list-code input").fill("ERRADA");
        page.locator("#price-list-name input").fill("Tabela errada");
        page.locator("#tier-sku input").fill("FP-00116");
        page.locator("#tier-price input").fill("10");
        page.locator("#tier-add").click();
        assertThat(page.locator("#price-list-tiers")).containsText("FP-00116");
        assertThat(page.locator("#tier-sku input")).hasValue(""); // the form is ready for the next price
        page.locator("#tier-sku input").fill("FP-00116");
        page.locator("#tier-from input").fill("50");
        page.locator("#tier-price input").fill("12");
        page.locator("#tier-add").click();
        assertThat(page.locator("#price-list-tiers")).containsText("12");
        page.locator("#price-list-save").click();

        assertThat(page.locator("#price-list-problems")).containsText("FP-00116");
        assertThat(page.locator("#price-lists-grid")).not().containsText("ERRADA");
        screenshot("refused");
    }

    @Test
    void stockIsSetPerWarehouse() {
        signInAt("ferragens.localhost", ADMIN);
        page.navigate(url("ferragens.localhost", "/catalog/stock"));
        assertThat(page.locator("#stock-warehouses")).containsText("CD Guarulhos");
        assertThat(page.locator("#stock-warehouses")).containsText("Filial Curitiba");
        page.locator("#stock-filter input").fill("FP-00093");
        page.locator("#stock-grid vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("FP-00093")).click();
        page.locator("#stock-level-GRU input").fill("100");
        page.locator("#stock-level-CWB input").fill("35");
        page.locator("#stock-save").click();

        assertThat(page.locator("vaadin-notification-card")).containsText("135 in stock in total");
        screenshot("stock-by-warehouse");
    }

    @Test
    void theCategoryTreeCountsProductsAndGrows() {
        signInAt("ferragens.localhost", ADMIN);
        page.navigate(url("ferragens.localhost", "/catalog/categories"));
        // The desk's pages come in sections; the categories are under Catalog, the price lists under Pricing.
        assertThat(page.locator("#nav-section-catalog")).containsText("Categories");
        assertThat(page.locator("#nav-section-pricing")).containsText("Price lists");
        assertThat(page.locator("#nav-section-recovery")).containsText("Recovery rules");
        assertThat(page.locator("#nav-section-catalog")).not().containsText("Price lists");
        assertThat(page.locator("#categories-tree")).containsText("Fixadores");
        assertThat(page.locator("#categories-tree")).containsText("Parafusos");
        page.locator("#categories-add-top").click();
        page.locator("#category-name input").fill("Ferramentas");
        page.locator("#category-ok").click();

        assertThat(page.locator("#categories-tree")).containsText("Ferramentas");
        screenshot("category-tree");
    }

    @Test
    void aBuyerNarrowsBySpecificationAndCountsInBundles() {
        signInAt("ferragens.localhost", "compras@construtorahorizonte.com.br");
        page.navigate(url("ferragens.localhost", "/catalog"));
        page.locator("#catalog-search input").fill("parafuso sextavado");
        assertThat(page.locator("#catalog-attribute-material")).isVisible(new com.microsoft.playwright.assertions
                .LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
        String before = page.locator("#catalog-summary").textContent();
        page.locator("#catalog-attribute-material input").fill("Aço Inox A2");
        page.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText("Aço Inox A2")).first().click();
        assertThat(page.locator("#catalog-summary")).not().hasText(before);
        screenshot("filtered-by-material");

        // The grid pages lazily: click a row of the filtered result once it is there, not one being replaced.
        var stainless = page.locator("#catalog-grid a:visible", new Page.LocatorOptions().setHasText("Aço Inox A2")).first();
        assertThat(stainless).isVisible();
        stainless.click();
        page.waitForURL(u -> u.contains("/catalog/product/"));
        assertThat(page.locator("#product-attributes")).containsText("Aço Inox A2");
        page.locator("#product-unit").click();
        page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("FD")).click();
        assertThat(page.locator("#product-base-quantity")).containsText("CX");
        screenshot("ordering-in-bundles");
    }

    @Test
    void aWordBuyersSearchedInVainBecomesASynonymTheNextBuyerFinds() {
        signInAt("ferragens.localhost", "compras@construtorahorizonte.com.br");
        page.navigate(url("ferragens.localhost", "/catalog"));
        page.locator("#catalog-search input").fill("contraporca");
        assertThat(page.locator("#catalog-summary")).hasText("No products", new com.microsoft.playwright.assertions
                .LocatorAssertions.HasTextOptions().setTimeout(60_000));

        context.clearCookies();
        page.navigate(url("localhost", "/signin"));
        signInAt("ferragens.localhost", ADMIN);
        page.navigate(url("ferragens.localhost", "/catalog/search-words"));
        assertThat(page.locator("#nav-section-catalog")).containsText("Search words");
        var missed = page.locator("#search-misses vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("contraporca"));
        assertThat(missed.first()).isVisible();
        // The row's own button starts a group with the missed word; the supplier says what it means.
        page.locator("#search-misses .search-miss-answer[data-query='contraporca']").click();
        assertThat(page.locator("#synonym-terms input")).hasValue("contraporca, ");
        page.locator("#synonym-terms input").fill("contraporca, porca autotravante");
        page.locator("#synonym-add").click();
        assertThat(page.locator("#synonyms")).containsText("contraporca · porca autotravante");
        screenshot("synonym-added");

        context.clearCookies();
        page.navigate(url("localhost", "/signin"));
        signInAt("ferragens.localhost", "compras@construtorahorizonte.com.br");
        page.navigate(url("ferragens.localhost", "/catalog"));
        page.locator("#catalog-search input").fill("contraporca");
        assertThat(page.locator("#catalog-grid")).containsText("Autotravante", PATIENTLY);
        screenshot("buyer-finds-it");

        context.clearCookies();
        page.navigate(url("localhost", "/signin"));
        signInAt("ferragens.localhost", ADMIN);
        page.navigate(url("ferragens.localhost", "/catalog/search-words"));
        assertThat(page.locator("#synonym-count")).containsText("synonym groups.");
        int groups = Integer.parseInt(page.locator("#synonym-count").textContent().replaceAll("\\D", ""));
        page.locator("#synonyms .synonym-remove[data-terms='contraporca, porca autotravante']").click();
        assertThat(page.locator("#synonym-count")).hasText((groups - 1) + " synonym groups.");
        assertThat(page.locator("#synonyms")).containsText("bucha · tarugo");
    }
}
