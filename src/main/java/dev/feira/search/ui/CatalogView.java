package dev.feira.search.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import dev.feira.catalog.ProductSnapshot;
import dev.feira.identity.BuyerAccountDirectory;
import dev.feira.identity.BuyerAccountProfile;
import dev.feira.identity.CatalogAccess;
import dev.feira.pricing.PriceQuote;
import dev.feira.pricing.Pricing;
import dev.feira.pricing.ui.PriceTrace;
import dev.feira.search.CatalogSearch;
import dev.feira.tenancy.TenantDirectory;
import dev.feira.tenancy.TenantProfile;
import dev.feira.tenancy.ui.MainLayout;
import dev.feira.tenancy.ui.SupplierPortalView;

/**
 * A supplier's catalog: search as you type, results paged lazily from the search index, each page
 * priced for the buyer looking at it (their net price at the minimum lot, with the reason one click
 * away). Prices show only to signed-in visitors allowed to see them; a private supplier's catalog
 * only to its own buyers and staff. The supplier's staff may look at it as any of their buyers.
 */
@Route(value = "catalog", layout = MainLayout.class)
@Menu(title = "nav.catalog", order = 0.1)
@AnonymousAllowed
class CatalogView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle, SupplierPortalView {

    private final transient CatalogSearch search;
    private final transient TenantDirectory tenants;
    private final transient CatalogAccess access;
    private final transient Pricing pricing;
    private final transient BuyerAccountDirectory accounts;
    /** Whose prices the grid shows: the signed-in buyer's account, or the one staff chose to see as. */
    private Optional<BuyerAccountProfile> pricedFor = Optional.empty();

    /** A search hit with its price for the current buyer (no quote when prices are hidden). */
    record PricedProduct(ProductSnapshot product, PriceQuote quote) {
    }

    CatalogView(CatalogSearch search, TenantDirectory tenants, CatalogAccess access, Pricing pricing,
                BuyerAccountDirectory accounts) {
        this.search = search;
        this.tenants = tenants;
        this.access = access;
        this.pricing = pricing;
        this.accounts = accounts;
        setSizeFull();
    }

    @Override
    public String getPageTitle() {
        return supplierTitle(getTranslation("nav.catalog"), tenants);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        var tenant = tenants.current();
        if (tenant.isEmpty()) {
            event.forwardTo("");
            return;
        }
        if (!access.mayBrowse(tenant.get())) {
            showPrivateNotice(tenant.get());
            return;
        }
        showCatalog(tenant.get(), access.maySeePrices(tenant.get()));
    }

    private void showPrivateNotice(TenantProfile tenant) {
        var signIn = new Anchor(MainLayout.SIGN_IN_URL, getTranslation("action.sign-in"));
        signIn.setRouterIgnore(true);
        add(new H2(tenant.name()), new Paragraph(getTranslation("catalog.private")), signIn);
    }

    private void showCatalog(TenantProfile tenant, boolean showPrices) {
        var query = new TextField();
        query.setId("catalog-search");
        query.setPlaceholder(getTranslation("catalog.search.placeholder"));
        query.setPrefixComponent(VaadinIcon.SEARCH.create());
        query.setClearButtonVisible(true);
        query.setWidthFull();
        query.setValueChangeMode(ValueChangeMode.LAZY);
        query.setValueChangeTimeout(300);

        pricedFor = showPrices ? accounts.ofCaller() : Optional.empty();
        var grid = new Grid<PricedProduct>();
        grid.setId("catalog-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        var sku = grid.addColumn(p -> p.product().sku()).setHeader(getTranslation("product.sku")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(p -> describe(p.product())).setHeader(getTranslation("product.name")).setFlexGrow(3);
        var unit = grid.addColumn(p -> p.product().packSize() > 1 ? p.product().unit() + " × " + p.product().packSize() : p.product().unit())
                .setHeader(getTranslation("product.unit")).setAutoWidth(true).setFlexGrow(0);
        var lot = grid.addColumn(p -> pricing.orderLot(p.product(), pricedFor).minimum())
                .setHeader(getTranslation("product.min-lot")).setAutoWidth(true).setFlexGrow(0);
        var stock = grid.addColumn(p -> p.product().stock() > 0 ? String.valueOf(p.product().stock()) : getTranslation("product.out-of-stock"))
                .setHeader(getTranslation("product.stock")).setAutoWidth(true).setFlexGrow(0);
        // A phone shows the product and its price; the product's page has the rest.
        dev.feira.tenancy.ui.PhoneWidth.hideColumns(grid, sku, unit, lot, stock);
        Locale locale = getLocale();
        var priceColumn = grid.addComponentColumn(p -> price(p, locale))
                .setHeader(getTranslation("product.price")).setWidth("15em").setFlexGrow(0).setPartNameGenerator(p -> "price");
        dev.feira.tenancy.ui.PhoneWidth.follow(grid, phone -> priceColumn.setWidth(phone ? "9em" : "15em"));
        var category = new ComboBox<CatalogSearch.FacetValue>();
        category.setId("catalog-category");
        category.setPlaceholder(getTranslation("catalog.filter.category"));
        category.setItemLabelGenerator(v -> v.value() + " (" + v.count() + ")");
        category.setClearButtonVisible(true);
        category.setWidth("22em");
        var brand = new ComboBox<CatalogSearch.FacetValue>();
        brand.setId("catalog-brand");
        brand.setPlaceholder(getTranslation("catalog.filter.brand"));
        brand.setItemLabelGenerator(v -> v.value() + " (" + v.count() + ")");
        brand.setClearButtonVisible(true);
        var inStock = new Checkbox(getTranslation("catalog.filter.in-stock"));
        inStock.setId("catalog-in-stock");
        var sort = new Select<CatalogSearch.Sort>();
        sort.setId("catalog-sort");
        sort.setItems(CatalogSearch.Sort.values());
        sort.setItemLabelGenerator(o -> getTranslation("catalog.sort." + o.name()));
        sort.setValue(CatalogSearch.Sort.RELEVANCE);
        // One filter per attribute (material, gauge…), made when the results first offer it.
        Map<String, ComboBox<CatalogSearch.FacetValue>> attributeFilters = new LinkedHashMap<>();
        var attributes = new HorizontalLayout();
        attributes.setId("catalog-attributes");
        attributes.setWrap(true);
        attributes.setAlignItems(Alignment.BASELINE);
        // The query as the visitor set it: words, filters and sort, within their assortment.
        Supplier<CatalogSearch.CatalogQuery> current = () -> CatalogSearch.CatalogQuery.of(query.getValue())
                .within(pricing.assortment(pricedFor))
                .inCategory(Optional.ofNullable(category.getValue()).map(CatalogSearch.FacetValue::value))
                .ofBrand(Optional.ofNullable(brand.getValue()).map(CatalogSearch.FacetValue::value))
                .withAttributes(chosen(attributeFilters))
                .inStockOnly(inStock.getValue()).sortedBy(sort.getValue());
        grid.setItems(
                q -> priced(search.search(current.get(), q.getPage(), q.getPageSize()).hits(), showPrices),
                q -> (int) Math.min(Integer.MAX_VALUE, search.count(current.get())));
        var summary = new Span();
        summary.setId("catalog-summary");
        Runnable refresh = () -> {
            grid.getDataProvider().refreshAll();
            var facets = search.facets(current.get());
            summary.setText(getTranslation("catalog.results", search.count(current.get())));
            // Options come from the words alone, so choosing one category still lists the others.
            var options = search.facets(CatalogSearch.CatalogQuery.of(query.getValue()).within(pricing.assortment(pricedFor))
                    .inStockOnly(inStock.getValue()));
            keep(category, options.categories());
            keep(brand, options.brands());
            // Attribute options narrow with the other filters: only values some result has.
            var narrowed = search.facets(current.get().withAttributes(Map.of()));
            attributeFilters.forEach((name, filter) -> filter.setVisible(false));
            narrowed.attributes().entrySet().stream().filter(e -> e.getValue().size() > 1 || attributeFilters.containsKey(e.getKey()))
                    .limit(MAX_ATTRIBUTE_FILTERS).forEach(e -> {
                        var filter = attributeFilters.get(e.getKey());
                        if (filter == null) {
                            filter = facetBox(e.getKey());
                            filter.addValueChangeListener(change -> refreshIfChosen(change.isFromClient(), () -> refreshResults.run()));
                            attributeFilters.put(e.getKey(), filter);
                            attributes.add(filter);
                        }
                        keep(filter, e.getValue());
                        filter.setVisible(true);
                    });
            inStock.setLabel(getTranslation("catalog.filter.in-stock") + " (" + facets.inStock() + ")");
        };
        query.addValueChangeListener(e -> refresh.run());
        // Only the visitor's choice refreshes: refilling the options after a refresh must not start another.
        category.addValueChangeListener(e -> refreshIfChosen(e.isFromClient(), refresh));
        brand.addValueChangeListener(e -> refreshIfChosen(e.isFromClient(), refresh));
        inStock.addValueChangeListener(e -> refresh.run());
        sort.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        refresh.run();
        var filters = new HorizontalLayout(category, brand, inStock, sort);
        filters.setWrap(true); // on a phone the filters stack
        filters.setAlignItems(Alignment.BASELINE);
        filters.setId("catalog-filters");
        if (showPrices && access.mayManage(tenant)) {
            add(seeAsBuyer(refresh));
        }
        refreshResults = refresh;
        add(query, filters, attributes, summary, grid);
        setFlexGrow(1, grid);
    }

    private static final int MAX_ATTRIBUTE_FILTERS = 6;

    /** Runs the search again with the current words and filters; attribute filters made later call it. */
    private Runnable refreshResults = () -> { };

    private ComboBox<CatalogSearch.FacetValue> facetBox(String attribute) {
        var box = new ComboBox<CatalogSearch.FacetValue>();
        box.setId("catalog-attribute-" + attribute.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-"));
        box.setPlaceholder(attribute);
        box.setItemLabelGenerator(v -> v.value() + " (" + v.count() + ")");
        box.setClearButtonVisible(true);
        return box;
    }

    private static Map<String, String> chosen(Map<String, ComboBox<CatalogSearch.FacetValue>> filters) {
        Map<String, String> chosen = new LinkedHashMap<>();
        filters.forEach((name, box) -> {
            if (box.isVisible() && box.getValue() != null) {
                chosen.put(name, box.getValue().value());
            }
        });
        return chosen;
    }

    private static void refreshIfChosen(boolean byVisitor, Runnable refresh) {
        if (byVisitor) {
            refresh.run();
        }
    }

    /** Refills a facet's options, keeping the chosen value if it is still among them. */
    private static void keep(ComboBox<CatalogSearch.FacetValue> facet, List<CatalogSearch.FacetValue> options) {
        String chosen = facet.getValue() == null ? null : facet.getValue().value();
        facet.setItems(options);
        options.stream().filter(o -> o.value().equals(chosen)).findFirst().ifPresent(facet::setValue);
    }

    private Stream<PricedProduct> priced(List<ProductSnapshot> hits, boolean showPrices) {
        if (!showPrices) {
            return hits.stream().map(p -> new PricedProduct(p, null));
        }
        List<PriceQuote> quotes = pricing.quoteAtMinimumLot(hits, pricedFor);
        var priced = new ArrayList<PricedProduct>(hits.size());
        for (int i = 0; i < hits.size(); i++) {
            priced.add(new PricedProduct(hits.get(i), quotes.get(i)));
        }
        return priced.stream();
    }

    /** Staff preview: the catalog with the assortment, prices and terms a chosen buyer account gets. */
    private Select<BuyerAccountProfile> seeAsBuyer(Runnable refreshed) {
        var select = new Select<BuyerAccountProfile>();
        select.setId("see-as-buyer");
        select.setLabel(getTranslation("catalog.see-as-buyer"));
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(getTranslation("catalog.see-as-buyer.none"));
        select.setItems(accounts.all());
        select.setItemLabelGenerator(a -> a == null ? getTranslation("catalog.see-as-buyer.none")
                : a.accountNumber() + " · " + a.buyerCompanyName() + (a.customerCategory() == null ? "" : " (" + a.customerCategory() + ")"));
        select.setWidth("28em");
        select.addValueChangeListener(e -> {
            pricedFor = Optional.ofNullable(e.getValue());
            refreshed.run();
        });
        return select;
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
        var why = new Button(VaadinIcon.INFO_CIRCLE_O.create(), e -> openTrace(row, locale));
        why.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        why.addClassName("why-price");
        why.setAriaLabel(getTranslation("product.price.why"));
        why.setTooltipText(getTranslation("product.price.why"));
        cell.add(why);
        cell.addClassName("price-cell");
        return cell;
    }

    private void openTrace(PricedProduct row, Locale locale) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("pricing.trace.title", row.product().name()));
        dialog.add(new PriceTrace(row.quote(), pricing.terms(pricedFor), locale));
        dialog.getFooter().add(new Button(getTranslation("action.close"), e -> dialog.close()));
        dialog.setWidth("40em");
        dialog.open();
    }

    private Div describe(ProductSnapshot product) {
        var name = new Div(new RouterLink(product.name(), ProductView.class, product.sku()));
        name.addClassName("product-name");
        var meta = new Div(new Text(String.join(" · ", Stream.of(product.sku(), product.brand(), product.category()) // the SKU for phones
                .filter(s -> s != null && !s.isBlank()).toList())));
        meta.addClassName("product-meta");
        return new Div(name, meta);
    }
}
