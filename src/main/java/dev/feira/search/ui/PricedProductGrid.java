package dev.feira.search.ui;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.RouterLink;

import dev.feira.catalog.ProductSnapshot;
import dev.feira.identity.BuyerAccountProfile;
import dev.feira.pricing.PriceQuote;
import dev.feira.pricing.Pricing;
import dev.feira.tenancy.ui.PhoneWidth;

/**
 * Search results, each with its price for the buyer looking (the net price at the minimum lot, the list price struck
 * through when lower, and why one click away). A phone shows the product and its price; the product's page has the rest.
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
        addComponentColumn(p -> describe(p.product())).setHeader(getTranslation("product.name")).setFlexGrow(3);
        var unit = addColumn(p -> p.product().packSize() > 1 ? p.product().unit() + " × " + p.product().packSize() : p.product().unit())
                .setHeader(getTranslation("product.unit")).setAutoWidth(true).setFlexGrow(0);
        var lot = addColumn(p -> pricing.orderLot(p.product(), pricedFor.get()).minimum())
                .setHeader(getTranslation("product.min-lot")).setAutoWidth(true).setFlexGrow(0);
        var stock = addColumn(p -> p.product().stock() > 0 ? String.valueOf(p.product().stock()) : getTranslation("product.out-of-stock"))
                .setHeader(getTranslation("product.stock")).setAutoWidth(true).setFlexGrow(0);
        PhoneWidth.hideColumns(this, sku, unit, lot, stock);
        var price = addComponentColumn(p -> price(p, locale))
                .setHeader(getTranslation("product.price")).setWidth("15em").setFlexGrow(0).setPartNameGenerator(p -> "price");
        PhoneWidth.follow(this, phone -> price.setWidth(phone ? "9em" : "15em"));
    }

    private Div price(PricedProduct row, Locale locale) {
        if (row.quote() == null) {
            return new Div(new Text(getTranslation("product.price.sign-in")));
        }
        PriceQuote quote = row.quote();
        var net = new Span(quote.unitPrice().format(locale));
        net.addClassName("net-price");
        var cell = new Div(net);
        if (quote.unitPrice().amount().compareTo(quote.listPrice().amount()) < 0) {
            var list = new Span(quote.listPrice().format(locale));
            list.addClassName("list-price");
            list.getElement().setAttribute("title", getTranslation("product.price.list"));
            cell.add(list);
        }
        var why = new Button(VaadinIcon.INFO_CIRCLE_O.create(),
                e -> new PriceTraceDialog(row.product(), quote, pricing.terms(pricedFor.get()), locale).open());
        why.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        why.addClassName("why-price");
        why.setAriaLabel(getTranslation("product.price.why"));
        why.setTooltipText(getTranslation("product.price.why"));
        cell.add(why);
        cell.addClassName("price-cell");
        return cell;
    }

    private static Div describe(ProductSnapshot product) {
        var name = new Div(new RouterLink(product.name(), ProductView.class, product.sku()));
        name.addClassName("product-name");
        var meta = new Div(new Text(String.join(" · ", Stream.of(product.sku(), product.brand(), product.category()) // the SKU for phones
                .filter(s -> s != null && !s.isBlank()).toList())));
        meta.addClassName("product-meta");
        return new Div(name, meta);
    }
}
