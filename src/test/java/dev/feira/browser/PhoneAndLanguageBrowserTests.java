package dev.feira.browser;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The pages a buyer and a supplier use every day, as a phone shows them (390 px) and in Portuguese: nothing wider than
 * the screen (a grid's columns scrolling sideways inside it counts), the user menu in reach, and no English or
 * untranslated key in the text.
 */
class PhoneAndLanguageBrowserTests extends BrowserTestSupport {

    static final String PATRICIA = "compras@construtorahorizonte.com.br";
    static final String MARCOS = "admin@ferragenspaulista.com.br";
    /** Words of English that Portuguese does not use; product data is Portuguese in the demo. */
    static final Pattern ENGLISH = Pattern.compile("\\b(the|and|your|products?|with|orders?|prices?|cart|on|is|are|from|this|"
            + "that|by|lines?|of|to|approval|approve|request|quote|delivered|shipped|none|empty|add|save|list|sign)\\b",
            Pattern.UNICODE_CHARACTER_CLASS); // "Anéis", "cartão": letters with accents are letters

    @Test
    void atPhoneWidthTheBuyersPagesFitTheScreenAndTheUserMenuIsInReach() {
        usePhone();
        signInAt("ferragens.localhost", PATRICIA);
        page.navigate(url("ferragens.localhost", "/cart"));
        settled("#cart-totals");
        page.locator("#cart-paste textarea").fill("FP-00092 10");
        page.locator("#cart-paste-add").click();
        assertThat(page.locator("#cart-grid")).containsText("FP-00092", PATIENTLY);

        page.navigate(url("ferragens.localhost", "/catalog"));
        settled("#catalog-grid");
        org.assertj.core.api.Assertions.assertThat(page.locator("#catalog-grid").boundingBox().y)
                .as("the results come first on a phone, the filters folded").isLessThan(300);
        page.locator("#catalog-filter-panel vaadin-details-summary").click();
        assertThat(page.locator("#catalog-category")).isVisible();

        org.assertj.core.api.Assertions.assertThat(overflowingOnAPhone("phone", "/catalog", "/catalog/product/FP-00092", "/cart",
                "/orders", "/lists", "/approvals")).as("wider than the phone's screen").isEmpty();
        page.navigate(url("ferragens.localhost", "/cart"));
        page.locator("#cart-empty").click();
    }

    @Test
    void atPhoneWidthNoPriceOrOfferIsCutOff() {
        usePhone();
        signInAt("ferragens.localhost", PATRICIA);
        page.navigate(url("ferragens.localhost", "/catalog"));
        search("#catalog-search", "parafuso sextavado", "#catalog-grid .list-price", "catalog-prices");
        org.assertj.core.api.Assertions.assertThat(cutOff("#catalog-grid")).as("cut off in the catalog's rows").isEmpty();

        page.navigate(url("localhost", "/"));
        if (page.locator("#sign-in").isVisible()) { // the marketplace signs in once more, without asking (single sign-on)
            page.locator("#sign-in").click();
        }
        assertThat(page.locator("#sign-out")).isVisible();
        search("#marketplace-search", "fita isolante", "#marketplace-grid .offer-add-to-cart", "marketplace-offers");
        org.assertj.core.api.Assertions.assertThat(cutOff("#marketplace-grid")).as("cut off in the marketplace's rows").isEmpty();
    }

    @Test
    void onADesktopEveryOfferShowsItsAddToCartWhole() {
        context.close();
        context = browser.newContext(new Browser.NewContextOptions().setLocale("pt-BR").setViewportSize(1280, 860));
        page = context.newPage();
        page.navigate(url("localhost", "/"));
        signIn(PATRICIA, "feira123");
        page.waitForURL(u -> u.startsWith(url("localhost", "/")) && !u.contains("/signin"));
        search("#marketplace-search", "fita isolante", "#marketplace-grid .offer-add-to-cart", "marketplace-desktop");
        @SuppressWarnings("unchecked")
        var labels = (List<String>) page.evaluate("""
                () => [...document.querySelectorAll('#marketplace-grid .offer-add-to-cart')].map(button => {
                  const label = button.shadowRoot.querySelector('[part=label]');
                  return label.scrollWidth > label.clientWidth + 1 ? 'cut: ' + button.textContent.trim() : 'whole';
                })""");
        org.assertj.core.api.Assertions.assertThat(labels).isNotEmpty().containsOnly("whole");
    }

    @Test
    void atPhoneWidthTheSuppliersDeskFitsTheScreen() {
        usePhone();
        signInAt("ferragens.localhost", MARCOS);
        org.assertj.core.api.Assertions.assertThat(overflowingOnAPhone("phone-desk", "/catalog/orders", "/catalog/products",
                "/catalog/price-lists", "/catalog/accounts", "/recovery/alerts", "/catalog/quotes", "/catalog/import"))
                .as("wider than the phone's screen").isEmpty();
    }

    @Test
    void aPortuguesePageSaysNothingInEnglishAndNoKeyIsLeftUntranslated() throws Exception {
        context.close();
        context = browser.newContext(new Browser.NewContextOptions().setLocale("pt-BR").setViewportSize(1280, 860));
        page = context.newPage();
        var english = englishOnlyTexts();
        var found = new ArrayList<String>();
        signInAt("ferragens.localhost", PATRICIA);
        for (String path : List.of("/", "/catalog", "/catalog/product/FP-00092", "/cart", "/orders", "/lists", "/approvals", "/rfqs",
                "/catalog/quick-order", "/people", "/addresses")) {
            found.addAll(englishOn(path, english));
        }
        context.clearCookies();
        page.navigate(url("localhost", "/signin"));
        signInAt("ferragens.localhost", MARCOS);
        for (String path : List.of("/catalog/orders", "/catalog/products", "/catalog/accounts", "/catalog/price-lists",
                "/catalog/discounts", "/recovery/alerts", "/recovery/dashboard", "/recovery/rules", "/catalog/quotes", "/catalog/import")) {
            found.addAll(englishOn(path, english));
        }
        org.assertj.core.api.Assertions.assertThat(found).as("English or untranslated text on Portuguese pages").isEmpty();
    }

    /** Opens each page at Ferragens, checks the user menu is in reach and answers what sticks out of the screen or a grid's cells. */
    private List<String> overflowingOnAPhone(String shots, String... paths) {
        var overflowing = new ArrayList<String>();
        for (String path : paths) {
            page.navigate(url("ferragens.localhost", path));
            settled("#sign-out");
            overflowing.addAll(overflow(path));
            overflowing.addAll(cutOff("vaadin-grid").stream().map(what -> path + ": " + what).toList());
            assertThat(page.locator("#sign-out")).isInViewport();
            screenshot(shots + path.replace('/', '-'));
        }
        return overflowing;
    }

    private void usePhone() {
        context.close();
        context = browser.newContext(new Browser.NewContextOptions().setLocale("pt-BR").setViewportSize(390, 844)
                .setIsMobile(true).setHasTouch(true));
        page = context.newPage();
        page.setDefaultTimeout(30_000);
    }

    /** Searches with the box {@code box} until {@code shown} shows and Vaadin has nothing pending; a screenshot then. */
    private void search(String box, String words, String shown, String shot) {
        page.locator(box + " input").fill(words);
        page.locator(box + " input").press("Enter");
        assertThat(page.locator(shown).first()).isVisible();
        settled(shown);
        screenshot(shot);
    }

    /** Waits until the page shows {@code selector} and Vaadin has no round trip pending. */
    private void settled(String selector) {
        page.locator(selector).first().waitFor();
        page.waitForFunction("() => window.Vaadin && window.Vaadin.Flow && Object.values(window.Vaadin.Flow.clients)"
                + ".every(c => !c.isActive || !c.isActive())");
    }

    /** What sticks out of the screen: elements past its right edge, and grids whose columns scroll sideways. */
    @SuppressWarnings("unchecked")
    private List<String> overflow(String path) {
        var found = (List<String>) page.evaluate("""
                () => {
                  const width = document.documentElement.clientWidth, out = [];
                  if (document.documentElement.scrollWidth > width + 1) out.push('the page scrolls sideways (' + document.documentElement.scrollWidth + ' px)');
                  for (const e of document.querySelectorAll('vaadin-app-layout *')) {
                    const r = e.getBoundingClientRect();
                    if (r.width > 0 && r.height > 0 && r.right > width + 1 && getComputedStyle(e).visibility !== 'hidden'
                        && !e.closest('vaadin-grid, vaadin-notification-card, [slot=drawer], vaadin-side-nav')) {
                      out.push((e.id ? '#' + e.id : e.tagName.toLowerCase() + (e.className ? '.' + String(e.className).split(' ')[0] : ''))
                        + ' ends at ' + Math.round(r.right) + ' px');
                    }
                  }
                  for (const g of document.querySelectorAll('vaadin-grid')) {
                    const table = g.shadowRoot && g.shadowRoot.querySelector('#table');
                    if (table && g.offsetParent !== null && table.scrollWidth > table.clientWidth + 1) {
                      out.push((g.id ? '#' + g.id : 'vaadin-grid') + ' scrolls sideways (' + table.scrollWidth + ' of ' + table.clientWidth + ' px)');
                    }
                  }
                  return [...new Set(out)].slice(0, 8);
                }""");
        return found.stream().map(what -> path + ": " + what).toList();
    }

    /**
     * What a grid's cells cut off: an element or a run of text reaching past its cell's sides, where the cell clips it
     * (an ellipsis is a deliberate cut, and so not counted).
     */
    @SuppressWarnings("unchecked")
    private List<String> cutOff(String grid) {
        return (List<String>) page.evaluate("""
                grid => {
                  const out = [];
                  const outside = (r, box) => r.width > 0 && (r.left < box.left - 1 || r.right > box.right + 1);
                  const where = (r, box) => Math.round(r.left) + '–' + Math.round(r.right) + ' px in a cell of '
                    + Math.round(box.left) + '–' + Math.round(box.right) + ' px';
                  for (const cell of document.querySelectorAll(grid + ' vaadin-grid-cell-content')) {
                    const box = cell.getBoundingClientRect();
                    if (box.width === 0 || box.height === 0) continue;
                    for (const e of cell.querySelectorAll('*')) {
                      const r = e.getBoundingClientRect();
                      if (getComputedStyle(e).visibility !== 'hidden' && outside(r, box)) {
                        out.push(e.tagName.toLowerCase() + (e.className ? '.' + String(e.className).split(' ')[0] : '')
                          + ' "' + e.textContent.trim().slice(0, 30) + '" ' + where(r, box));
                      }
                    }
                    const texts = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
                    for (let text = texts.nextNode(); text; text = texts.nextNode()) {
                      if (!text.textContent.trim() || getComputedStyle(text.parentElement).textOverflow === 'ellipsis') continue;
                      const range = document.createRange();
                      range.selectNodeContents(text);
                      const r = range.getBoundingClientRect();
                      if (outside(r, box)) out.push('text "' + text.textContent.trim().slice(0, 30) + '" ' + where(r, box));
                    }
                  }
                  return [...new Set(out)].slice(0, 8);
                }""", grid);
    }

    /** The page's text in Portuguese: untranslated keys and English words, each with a little of its context. */
    private List<String> englishOn(String path, List<String> englishTexts) {
        page.navigate(url("ferragens.localhost", path));
        settled("vaadin-app-layout");
        String text = (String) page.evaluate("() => document.querySelector('vaadin-app-layout').innerText");
        var found = new ArrayList<String>();
        var keys = Pattern.compile("!\\{[^}]+}!").matcher(text);
        while (keys.find()) {
            found.add(path + ": untranslated " + keys.group());
        }
        var words = ENGLISH.matcher(text);
        while (words.find()) {
            found.add(path + ": \"" + text.substring(Math.max(0, words.start() - 30), Math.min(text.length(), words.end() + 30))
                    .replace('\n', ' ') + "\"");
        }
        englishTexts.stream().filter(text::contains).forEach(english -> found.add(path + ": English text \"" + english + "\""));
        if (!found.isEmpty()) {
            screenshot("english" + path.replace('/', '-'));
        }
        return found.stream().distinct().limit(10).toList();
    }

    /** Whole messages of the English bundle that say something else in Portuguese (a message left in English shows up as one). */
    private static List<String> englishOnlyTexts() throws Exception {
        var en = new Properties();
        var pt = new Properties();
        try (var in = PhoneAndLanguageBrowserTests.class.getResourceAsStream("/vaadin-i18n/translations_en.properties");
             var ptIn = PhoneAndLanguageBrowserTests.class.getResourceAsStream("/vaadin-i18n/translations_pt_BR.properties")) {
            en.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            pt.load(new java.io.InputStreamReader(ptIn, StandardCharsets.UTF_8));
        }
        return en.stringPropertyNames().stream().map(key -> en.getProperty(key))
                .filter(value -> value.length() >= 12 && !value.contains("{") && !value.contains("'"))
                .filter(value -> !pt.containsValue(value))
                .distinct().toList();
    }
}
