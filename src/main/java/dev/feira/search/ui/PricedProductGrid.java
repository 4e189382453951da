package dev.feira.search.ui;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.RouteConfiguration;

import dev.feira.catalog.ProductSnapshot;
import dev.feira.identity.BuyerAccountProfile;
import dev.feira.pricing.PriceQuote;
import dev.feira.pricing.Pricing;
import dev.feira.tenancy.ui.PhoneWidth;

/**
 * Search results, each with its price for the buyer looking (the net price at the minimum lot, the list price struck
 * through when lower, and why one click away). A phone shows the product and its price; the product's page has the rest.
 *
 * <p>The cells are Lit templates, not server components: a page of 50 results as components was ~550 state nodes the
 * tab kept in the server's heap; as templates it is the rows' data only (decision 014).
 */
final class PricedProductGrid extends Grid<PricedProductGrid.PricedProduct> {

    /** A search hit with its price for the current buyer (no quote when prices are hidden). */
    record PricedProduct(ProductSnapshot product, PriceQuote quote) {
    }

    private final transient Pricing pricing;
    private final transient Supplier<Optional<BuyerAccountProfile>> pricedFor;

    /** @param pricedFor whose prices show: the signed-in buyer's account, or the one staff chose to see as */
    PricedProductGrid(Pricing pricing, Supplier<Optional<BuyerAccountProfile>> pricedFor, Locale locale) {
        this.pricing = pricing;
        this.pricedFor = pricedFor;
        setId("catalog-grid");
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        var sku = addColumn(p -> p.product().sku()).setHeader(getTranslation("product.sku")).setAutoWidth(true).setFlexGrow(0);
        addColumn(description()).setHeader(getTranslation("product.name")).setFlexGrow(3);
        var unit = addColumn(p -> p.product().packSize() > 1 ? p.product().unit() + " × " + p.product().packSize() : p.product().unit())
                .setHeader(getTranslation("product.unit")).setAutoWidth(true).setFlexGrow(0);
        var lot = addColumn(p -> pricing.orderLot(p.product(), pricedFor.get()).minimum())
                .setHeader(getTranslation("product.min-lot")).setAutoWidth(true).setFlexGrow(0);
        var stock = addColumn(p -> p.product().stock() > 0 ? String.valueOf(p.product().stock()) : getTranslation("product.out-of-stock"))
                .setHeader(getTranslation("product.stock")).setAutoWidth(true).setFlexGrow(0);
        PhoneWidth.hideColumns(this, sku, unit, lot, stock);
        var price = addColumn(price(locale))
                .setHeader(getTranslation("product.price")).setWidth("15em").setFlexGrow(0).setPartNameGenerator(p -> "price");
        PhoneWidth.follow(this, phone -> price.setWidth(phone ? "9em" : "15em"));
    }

    /** The name linking to the product's page (the client's router follows it), the SKU, brand and category beneath. */
    private static LitRenderer<PricedProduct> description() {
        return LitRenderer.<PricedProduct>of("""
                        <div><div class="product-name"><a href="${item.href}">${item.name}</a></div>\
                        <div class="product-meta">${item.meta}</div></div>""")
                .withProperty("href", p -> RouteConfiguration.forApplicationScope().getUrl(ProductView.class, p.product().sku()))
                .withProperty("name", p -> p.product().name())
                .withProperty("meta", p -> Stream.of(p.product().sku(), p.product().brand(), p.product().category()) // the SKU for phones
                        .filter(s -> s != null && !s.isBlank()).collect(Collectors.joining(" · ")));
    }

    /** The net price, the list price struck through when higher, and why: or, to visitors, that signing in shows prices. */
    private LitRenderer<PricedProduct> price(Locale locale) {
        String signIn = getTranslation("product.price.sign-in");
        String listTitle = getTranslation("product.price.list");
        String why = getTranslation("product.price.why");
        return LitRenderer.<PricedProduct>of("""
                        ${!item.net ? html`<div>${item.signIn}</div>` : html`<div class="price-cell">\
                        <span class="net-price">${item.net}</span>\
                        ${item.list ? html`<span class="list-price" title="${item.listTitle}">${item.list}</span>` : ''}\
                        <vaadin-button class="why-price" theme="tertiary-inline small" aria-label="${item.whyLabel}" @click=${why}>\
                        <vaadin-icon icon="vaadin:info-circle-o"></vaadin-icon>\
                        <vaadin-tooltip slot="tooltip" text="${item.whyLabel}"></vaadin-tooltip></vaadin-button></div>`}""")
                // Texts as row properties rather than spliced into the template: Lit escapes them.
                .withProperty("signIn", p -> signIn)
                .withProperty("listTitle", p -> listTitle)
                .withProperty("whyLabel", p -> why)
                .withProperty("net", p -> p.quote() == null ? null : p.quote().unitPrice().format(locale))
                .withProperty("list", p -> p.quote() != null && p.quote().unitPrice().amount().compareTo(p.quote().listPrice().amount()) < 0
                        ? p.quote().listPrice().format(locale) : null)
                .withFunction("why", p -> {
                    if (p.quote() != null) {
                        new PriceTraceDialog(p.product(), p.quote(), pricing.terms(pricedFor.get()), locale).open();
                    }
                });
    }
}
