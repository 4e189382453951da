package dev.feira.search.ui;

import java.util.Locale;

import com.vaadin.flow.component.Text;
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
import com.vaadin.flow.server.auth.AnonymousAllowed;

import dev.feira.catalog.ProductSnapshot;
import dev.feira.identity.CatalogAccess;
import dev.feira.search.CatalogSearch;
import dev.feira.shared.Money;
import dev.feira.tenancy.TenantDirectory;
import dev.feira.tenancy.TenantProfile;
import dev.feira.tenancy.ui.MainLayout;
import dev.feira.tenancy.ui.SupplierPortalView;

/**
 * A supplier's catalog: search as you type, results paged lazily from the search index. Prices
 * show only to signed-in visitors allowed to see them; a private supplier's catalog only to its
 * own buyers and staff.
 */
@Route(value = "catalog", layout = MainLayout.class)
@Menu(title = "nav.catalog", order = 1)
@AnonymousAllowed
class CatalogView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle, SupplierPortalView {

    private final transient CatalogSearch search;
    private final transient TenantDirectory tenants;
    private final transient CatalogAccess access;

    CatalogView(CatalogSearch search, TenantDirectory tenants, CatalogAccess access) {
        this.search = search;
        this.tenants = tenants;
        this.access = access;
        setSizeFull();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.catalog") + tenants.current().map(t -> " · " + t.name()).orElse("");
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

        var grid = new Grid<ProductSnapshot>();
        grid.setId("catalog-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(ProductSnapshot::sku).setHeader(getTranslation("product.sku")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::describe).setHeader(getTranslation("product.name")).setFlexGrow(3);
        grid.addColumn(p -> p.packSize() > 1 ? p.unit() + " × " + p.packSize() : p.unit())
                .setHeader(getTranslation("product.unit")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ProductSnapshot::minOrderQuantity).setHeader(getTranslation("product.min-lot")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> p.stock() > 0 ? String.valueOf(p.stock()) : getTranslation("product.out-of-stock"))
                .setHeader(getTranslation("product.stock")).setAutoWidth(true).setFlexGrow(0);
        Locale locale = getLocale();
        grid.addColumn(p -> showPrices ? new Money(p.listPrice(), tenant.currency()).format(locale) : getTranslation("product.price.sign-in"))
                .setHeader(getTranslation("product.price")).setAutoWidth(true).setFlexGrow(0).setPartNameGenerator(p -> "price");
        grid.setItems(
                q -> search.search(query.getValue(), q.getPage(), q.getPageSize()).hits().stream(),
                q -> (int) Math.min(Integer.MAX_VALUE, search.count(query.getValue())));
        var summary = new Span();
        summary.setId("catalog-summary");
        Runnable refresh = () -> {
            grid.getDataProvider().refreshAll();
            summary.setText(getTranslation("catalog.results", search.count(query.getValue())));
        };
        query.addValueChangeListener(e -> refresh.run());
        refresh.run();
        add(query, summary, grid);
        setFlexGrow(1, grid);
    }

    private Div describe(ProductSnapshot product) {
        var name = new Div(new Text(product.name()));
        name.addClassName("product-name");
        var meta = new Div(new Text(String.join(" · ", java.util.stream.Stream.of(product.brand(), product.category())
                .filter(s -> s != null && !s.isBlank()).toList())));
        meta.addClassName("product-meta");
        return new Div(name, meta);
    }
}
