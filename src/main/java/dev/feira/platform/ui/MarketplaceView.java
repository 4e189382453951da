package dev.feira.platform.ui;

import java.util.Locale;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import dev.feira.search.MarketplaceSearch;
import dev.feira.search.MarketplaceSearch.ComparedItem;
import dev.feira.search.MarketplaceSearch.SupplierOffer;
import dev.feira.tenancy.TenantDirectory;
import dev.feira.tenancy.TenantProfile;
import dev.feira.tenancy.Visibility;
import dev.feira.tenancy.ui.MainLayout;

/**
 * The start page. On the bare host: the marketplace — one search across every supplier the visitor
 * may see, offers of the same item side by side at the visitor's own prices — and its suppliers.
 * On a supplier's host the start page is that supplier's catalog.
 */
@Route(value = "", layout = MainLayout.class)
@PageTitle("Feira")
@Menu(title = "nav.home", order = 0)
@AnonymousAllowed
class MarketplaceView extends VerticalLayout implements BeforeEnterObserver {

    private final transient TenantDirectory tenants;
    private final transient MarketplaceSearch marketplace;
    private final transient dev.feira.identity.CatalogAccess access;
    private final boolean buyer;
    private final transient dev.feira.ordering.Carts carts;
    private final transient dev.feira.identity.BuyerAccountDirectory accounts;

    MarketplaceView(TenantDirectory tenants, MarketplaceSearch marketplace, dev.feira.identity.CatalogAccess access,
                    dev.feira.identity.CurrentUser currentUser, dev.feira.ordering.Carts carts,
                    dev.feira.identity.BuyerAccountDirectory accounts) {
        this.carts = carts;
        this.accounts = accounts;
        this.tenants = tenants;
        this.marketplace = marketplace;
        this.access = access;
        this.buyer = currentUser.get().flatMap(dev.feira.identity.PortalUser::buyerCompany).isPresent();
        setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (tenants.current().isPresent()) {
            event.forwardTo("catalog");
            return;
        }
        removeAll();
        var sell = new Anchor("sell", getTranslation("signup.call"));
        sell.setId("sell-on-feira");
        sell.addClassName("sell-on-feira");
        add(new H1(getTranslation("marketplace.name")), new Paragraph(getTranslation("marketplace.intro")), sell);
        add(comparison());
        var cards = new Div();
        cards.addClassName("supplier-cards");
        tenants.all().stream().filter(TenantProfile::isOpenToBuyers).forEach(t -> cards.add(card(t)));
        add(cards);
    }

    /** The search box and the lazily paged comparison: one row per item, its offers inside. */
    private Div comparison() {
        var query = new TextField();
        query.setId("marketplace-search");
        query.setPlaceholder(getTranslation("marketplace.search.placeholder"));
        query.setPrefixComponent(VaadinIcon.SEARCH.create());
        query.setClearButtonVisible(true);
        query.setWidthFull();
        query.setValueChangeMode(ValueChangeMode.LAZY);
        query.setValueChangeTimeout(300);

        var grid = new Grid<ComparedItem>();
        grid.setId("marketplace-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_NO_BORDER);
        Locale locale = getLocale();
        grid.addComponentColumn(item -> compared(item, locale)).setHeader(getTranslation("marketplace.results.header"));
        grid.setItems(q -> marketplace.search(query.getValue(), q.getPage(), q.getPageSize()).items().stream(),
                q -> (int) Math.min(Integer.MAX_VALUE, marketplace.count(query.getValue())));
        grid.setHeight("32em");
        grid.setVisible(false);
        query.addValueChangeListener(e -> {
            grid.setVisible(!e.getValue().isBlank());
            grid.getDataProvider().refreshAll();
        });
        var section = new Div(query, grid);
        section.addClassName("marketplace-comparison");
        section.setWidthFull();
        return section;
    }

    private Div compared(ComparedItem item, Locale locale) {
        var title = new Div(new Span(item.name()));
        title.addClassName("compared-name");
        var ids = new Span(String.join(" · ", java.util.stream.Stream.of(item.brand(),
                item.gtin() == null ? null : "GTIN " + item.gtin(), item.mpn()).filter(v -> v != null && !v.isBlank()).toList()));
        ids.addClassName("compared-ids");
        var offers = new Div();
        offers.addClassName("offers");
        item.offers().forEach(offer -> offers.add(offerRow(offer, locale)));
        var block = new Div(title, ids, offers);
        block.add(askQuotes(item)); // a bigger purchase: ask every supplier holding it at once
        block.addClassName("compared-item");
        block.getElement().setAttribute("data-offers", String.valueOf(item.offers().size()));
        return block;
    }

    /** A request for quotation of this item to every supplier offering it (the RFQ page keeps those the buyer may ask). */
    private Anchor askQuotes(ComparedItem item) {
        var query = new StringBuilder("rfqs/new?from=comparison&item=").append(encoded(item.name()));
        if (item.gtin() != null) {
            query.append("&gtin=").append(encoded(item.gtin()));
        }
        if (item.mpn() != null) {
            query.append("&mpn=").append(encoded(item.mpn()));
        }
        query.append("&ask=").append(encoded(String.join(",", item.offers().stream().map(o -> o.supplier().slug()).distinct().toList())));
        var ask = new Anchor(query.toString(), getTranslation("marketplace.ask-quotes"));
        ask.addClassName("compared-ask-quotes");
        return ask;
    }

    private static String encoded(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    private Div offerRow(SupplierOffer offer, Locale locale) {
        // The supplier's own page of the product, where the buyer sees its conditions and why the price is what it is.
        var supplier = new Anchor(portalUrl(offer.supplier()) + "catalog/product/" + encoded(offer.product().sku()), offer.supplier().name());
        supplier.setRouterIgnore(true);
        supplier.addClassName("offer-supplier");
        var price = new Span(offer.price().map(p -> p.unitPrice().format(locale)).orElse(getTranslation("product.price.sign-in")));
        price.addClassName("offer-price");
        var lot = new Span(getTranslation("marketplace.offer.lot", offer.lot().minimum(), offer.product().unit()));
        var stock = new Span(offer.product().stock() > 0 ? getTranslation("marketplace.offer.stock", offer.product().stock())
                : getTranslation("product.out-of-stock"));
        var row = new Div(supplier, price, lot, stock);
        offer.terms().ifPresent(t -> row.add(new Span(getTranslation("marketplace.offer.lead-time", t.leadTimeDays(), t.freight().name()))));
        if (buyer && offer.price().isPresent()) {
            row.add(addToCart(offer, locale));
        }
        row.addClassName("offer");
        row.getElement().setAttribute("data-supplier", offer.supplier().slug());
        return row;
    }

    /** The smallest lot the buyer may order, into its cart at that supplier (each supplier keeps the buyer's cart). */
    private com.vaadin.flow.component.button.Button addToCart(SupplierOffer offer, Locale locale) {
        var add = new com.vaadin.flow.component.button.Button(getTranslation("marketplace.add-to-cart"),
                com.vaadin.flow.component.icon.VaadinIcon.CART_O.create(), e -> {
            int lot = offer.lot().minimum() % offer.lot().multiple() == 0 ? offer.lot().minimum()
                    : (offer.lot().minimum() / offer.lot().multiple() + 1) * offer.lot().multiple();
            try {
                var cart = dev.feira.shared.TenantContext.callAs(offer.supplier().id(), () -> accounts.ofCaller()
                        .map(account -> carts.add(account, offer.product().sku(), lot, null)));
                if (cart.isEmpty()) {
                    return;
                }
                var line = cart.get().lines().stream().filter(l -> l.sku().equals(offer.product().sku())).findFirst().orElseThrow();
                var open = new Anchor(portalUrl(offer.supplier()) + "cart", getTranslation("cart.open"));
                open.setRouterIgnore(true);
                var text = new Span(getTranslation("marketplace.added", line.ordered().text(locale), offer.supplier().name()));
                text.setId("cart-notice");
                var notice = new com.vaadin.flow.component.notification.Notification(new HorizontalLayout(text, open));
                notice.setDuration(7000);
                notice.setPosition(com.vaadin.flow.component.notification.Notification.Position.TOP_END);
                notice.addThemeVariants(com.vaadin.flow.component.notification.NotificationVariant.LUMO_SUCCESS);
                notice.open();
            } catch (dev.feira.ordering.Carts.CartRefusal refused) {
                com.vaadin.flow.component.notification.Notification.show(getTranslation(refused.key(), refused.arguments()), 6000,
                        com.vaadin.flow.component.notification.Notification.Position.MIDDLE)
                        .addThemeVariants(com.vaadin.flow.component.notification.NotificationVariant.LUMO_ERROR);
            }
        });
        add.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_SMALL);
        add.addClassName("offer-add-to-cart");
        return add;
    }

    private Div card(TenantProfile tenant) {
        var card = new Div();
        card.addClassName("supplier-card");
        card.getStyle().set("--feira-brand-color", tenant.primaryColor());
        var link = new Anchor(portalUrl(tenant), tenant.name());
        link.setRouterIgnore(true);
        var title = new H3(link);
        var visibility = new Span(getTranslation(tenant.visibility() == Visibility.PUBLIC ? "supplier.public" : "supplier.private"));
        visibility.getElement().getThemeList().add("badge" + (tenant.isPublic() ? " success" : " contrast"));
        card.add(title, new Paragraph(tenant.tagline() == null ? "" : tenant.tagline()), visibility);
        if (!tenant.isPublic() && buyer && !access.mayBrowse(tenant)) {
            // A private supplier this company has no account at: it may ask for one.
            var ask = new Anchor("access/" + tenant.slug(), getTranslation("access.ask"));
            ask.addClassName("supplier-ask-access");
            card.add(ask);
        }
        return card;
    }

    /** The supplier's portal, on the port this page was served from (so local runs link correctly). */
    private static String portalUrl(TenantProfile tenant) {
        VaadinRequest request = VaadinRequest.getCurrent();
        String scheme = request == null ? "http" : request.isSecure() ? "https" : "http";
        int port = request == null ? -1 : ((com.vaadin.flow.server.VaadinServletRequest) request).getServerPort();
        boolean defaultPort = port <= 0 || port == 80 || port == 443;
        return scheme + "://" + tenant.hosts().getFirst() + (defaultPort ? "" : ":" + port) + "/";
    }
}
