package dev.feira.search.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import dev.feira.catalog.ProductSnapshot;
import dev.feira.identity.BuyerAccountDirectory;
import dev.feira.identity.BuyerAccountProfile;
import dev.feira.identity.CatalogAccess;
import dev.feira.pricing.PriceQuote;
import dev.feira.pricing.Pricing;
import dev.feira.search.CatalogSearch;
import dev.feira.search.ui.PricedProductGrid.PricedProduct;
import dev.feira.tenancy.TenantDirectory;
import dev.feira.tenancy.TenantProfile;
import dev.feira.tenancy.ui.MainLayout;
import dev.feira.tenancy.ui.SearchBox;
import dev.feira.tenancy.ui.SearchedPages;
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
    private TextField query;
    private PricedProductGrid grid;
    private CatalogFilters filters;
    private SearchedPages<CatalogSearch.CatalogQuery, ProductSnapshot> pages;
    private final Span summary = new Span();

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
        pricedFor = showPrices ? accounts.ofCaller() : Optional.empty();
        query = SearchBox.create("catalog-search", getTranslation("catalog.search.placeholder"));
        grid = new PricedProductGrid(pricing, () -> pricedFor, getLocale());
        filters = new CatalogFilters(this::refresh, () -> grid.getDataProvider().refreshAll());
        summary.setId("catalog-summary");
        pages = new SearchedPages<>(this::query, (wanted, page, size) -> {
            var found = search.search(wanted, page, size);
            return new SearchedPages.Found<>(found.hits(), found.total());
        }, grid.getPageSize());
        grid.setItems(q -> priced(pages.fetch(q).toList(), showPrices), pages::count);
        query.addValueChangeListener(e -> refresh());
        refresh();
        if (showPrices && access.mayManage(tenant)) {
            var seeAs = new SeeAsBuyerSelect(accounts.all());
            seeAs.addValueChangeListener(e -> {
                pricedFor = Optional.ofNullable(e.getValue());
                refresh();
            });
            add(seeAs);
        }
        add(query, filters, summary, grid);
        setFlexGrow(1, grid);
    }

    /** The visitor's words within their assortment. */
    private CatalogSearch.CatalogQuery words() {
        return CatalogSearch.CatalogQuery.of(query.getValue()).within(pricing.assortment(pricedFor));
    }

    /** The words narrowed by the filters, sorted as chosen: what the grid shows. */
    private CatalogSearch.CatalogQuery query() {
        return filters.narrow(words()).pricedFor(pricedFor);
    }

    /** The results, their count and the filters' options, from one look at the index. */
    private void refresh() {
        var shown = query();
        var glance = search.glance(shown, grid.getPageSize());
        summary.setText(getTranslation("catalog.results", glance.firstPage().total()));
        filters.offer(glance.filterOptions());
        pages.foundAhead(shown, new SearchedPages.Found<>(glance.firstPage().hits(), glance.firstPage().total()));
        grid.getDataProvider().refreshAll();
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
}
