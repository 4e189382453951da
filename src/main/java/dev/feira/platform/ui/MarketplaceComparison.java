package dev.feira.platform.ui;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;

import dev.feira.identity.BuyerAccountDirectory;
import dev.feira.ordering.Carts;
import dev.feira.search.MarketplaceSearch;
import dev.feira.search.MarketplaceSearch.ComparedItem;
import dev.feira.search.MarketplaceSearch.SupplierOffer;
import dev.feira.shared.TenantContext;
import dev.feira.tenancy.TenantProfile;
import dev.feira.tenancy.ui.SearchBox;
import dev.feira.tenancy.ui.SearchedPages;

/**
 * The marketplace's search box and its lazily paged comparison: one row per item, each supplier's offer of it inside
 * at the visitor's own price, a signed-in buyer's "add to cart" on each priced offer, and a request for quotes to all.
 *
 * <p>A row is a Lit template fed the item's data, not a tree of server components: a page of items with their offers
 * was hundreds of state nodes the tab kept on the server (decision 014).
 */
final class MarketplaceComparison extends Div {

    /** One offer as the template reads it (public: Vaadin serialises it by reflection). */
    public record OfferCell(String supplier, String slug, String href, String price, String lot, String stock, String leadTime,
                            boolean addable) {
    }

    private static final String ROW = """
            <div class="compared-item" data-offers="${item.offers.length}">\
            <div class="compared-name"><span>${item.name}</span></div>\
            <span class="compared-ids">${item.ids}</span>\
            <div class="offers">${item.offers.map((offer, i) => html`\
            <div class="offer" data-supplier="${offer.slug}">\
            <a class="offer-supplier" href="${offer.href}" router-ignore>${offer.supplier}</a>\
            <span class="offer-price">${offer.price}</span>\
            <span class="offer-details"><span>${offer.lot}</span><span>${offer.stock}</span>\
            <span>${offer.leadTime ?? ''}</span></span>\
            ${offer.addable ? html`<vaadin-button class="offer-add-to-cart" theme="small" @click=${() => addToCart(i)}>\
            <vaadin-icon icon="vaadin:cart-o" slot="prefix"></vaadin-icon>${item.addLabel}</vaadin-button>` : ''}\
            </div>`)}</div>\
            <a class="compared-ask-quotes" href="${item.askHref}">${item.askLabel}</a></div>""";

    private final transient MarketplaceSearch marketplace;
    private final transient Carts carts;
    private final transient BuyerAccountDirectory accounts;
    private final boolean buyer;
    private final Locale locale;

    /** @param buyer whether the visitor buys for a company, and so may put an offer into a cart from here */
    MarketplaceComparison(MarketplaceSearch marketplace, Carts carts, BuyerAccountDirectory accounts, boolean buyer, Locale locale) {
        this.marketplace = marketplace;
        this.carts = carts;
        this.accounts = accounts;
        this.buyer = buyer;
        this.locale = locale;
        var query = SearchBox.create("marketplace-search", getTranslation("marketplace.search.placeholder"));
        var grid = new Grid<ComparedItem>();
        grid.setId("marketplace-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_NO_BORDER);
        grid.addColumn(row()).setHeader(getTranslation("marketplace.results.header"));
        var pages = new SearchedPages<String, ComparedItem>(query::getValue, (words, page, size) -> {
            if (words.isBlank()) { // the hidden grid of a visitor who has not searched yet
                return new SearchedPages.Found<>(List.of(), 0);
            }
            var found = marketplace.search(words, page, size);
            return new SearchedPages.Found<>(found.items(), found.total());
        }, grid.getPageSize());
        grid.setItems(pages::fetch, pages::count);
        grid.setHeight("32em");
        grid.setVisible(false);
        query.addValueChangeListener(e -> {
            grid.setVisible(!e.getValue().isBlank());
            grid.getDataProvider().refreshAll();
        });
        add(query, grid);
        addClassName("marketplace-comparison");
        setWidthFull();
    }

    private LitRenderer<ComparedItem> row() {
        String addLabel = getTranslation("marketplace.add-to-cart");
        String askLabel = getTranslation("marketplace.ask-quotes");
        return LitRenderer.<ComparedItem>of(ROW)
                .withProperty("name", ComparedItem::name)
                .withProperty("ids", item -> Stream.of(item.brand(), item.gtin() == null ? null : "GTIN " + item.gtin(), item.mpn())
                        .filter(v -> v != null && !v.isBlank()).collect(Collectors.joining(" · ")))
                .withProperty("offers", this::offers)
                .withProperty("askHref", MarketplaceComparison::askQuotes)
                .withProperty("askLabel", item -> askLabel)
                .withProperty("addLabel", item -> addLabel)
                .withFunction("addToCart", (item, arguments) -> {
                    int offer = arguments.get(0).asInt(-1);
                    if (buyer && offer >= 0 && offer < item.offers().size()) {
                        addToCart(item.offers().get(offer));
                    }
                });
    }

    /** Each offer as the template reads it. */
    private List<OfferCell> offers(ComparedItem item) {
        return item.offers().stream().map(offer -> new OfferCell(offer.supplier().name(), offer.supplier().slug(),
                // The supplier's own page of the product, where the buyer sees its conditions and why the price is what it is.
                portalUrl(offer.supplier()) + "catalog/product/" + encoded(offer.product().sku()),
                offer.price().map(p -> p.unitPrice().format(locale)).orElse(getTranslation("product.price.sign-in")),
                getTranslation("marketplace.offer.lot", offer.lot().minimum(), offer.product().unit()),
                offer.product().stock() > 0 ? getTranslation("marketplace.offer.stock", offer.product().stock())
                        : getTranslation("product.out-of-stock"),
                offer.terms().map(t -> getTranslation("marketplace.offer.lead-time", t.leadTimeDays(), t.freight().name())).orElse(null),
                buyer && offer.price().isPresent())).toList();
    }

    /** A request for quotation of this item to every supplier offering it (the RFQ page keeps those the buyer may ask). */
    private static String askQuotes(ComparedItem item) {
        var query = new StringBuilder("rfqs/new?from=comparison&item=").append(encoded(item.name()));
        if (item.gtin() != null) {
            query.append("&gtin=").append(encoded(item.gtin()));
        }
        if (item.mpn() != null) {
            query.append("&mpn=").append(encoded(item.mpn()));
        }
        List<String> suppliers = item.offers().stream().map(o -> o.supplier().slug()).distinct().toList();
        return query.append("&ask=").append(encoded(String.join(",", suppliers))).toString();
    }

    /** The smallest lot the buyer may order, into its cart at that supplier (each supplier keeps the buyer's cart). */
    private void addToCart(SupplierOffer offer) {
        if (offer.price().isEmpty()) {
            return;
        }
        int lot = offer.lot().minimum() % offer.lot().multiple() == 0 ? offer.lot().minimum()
                : (offer.lot().minimum() / offer.lot().multiple() + 1) * offer.lot().multiple();
        try {
            var cart = TenantContext.callAs(offer.supplier().id(), () -> accounts.ofCaller()
                    .map(account -> carts.add(account, offer.product().sku(), lot, null)));
            if (cart.isEmpty()) {
                return;
            }
            var line = cart.get().lines().stream().filter(l -> l.sku().equals(offer.product().sku())).findFirst().orElseThrow();
            var open = new Anchor(portalUrl(offer.supplier()) + "cart", getTranslation("cart.open"));
            open.setRouterIgnore(true);
            var text = new Span(getTranslation("marketplace.added", line.ordered().text(locale), offer.supplier().name()));
            text.setId("cart-notice");
            var notice = new Notification(new HorizontalLayout(text, open));
            notice.setDuration(7000);
            notice.setPosition(Notification.Position.TOP_END);
            notice.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            notice.open();
        } catch (Carts.CartRefusal refused) {
            Notification.show(getTranslation(refused.key(), refused.arguments()), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** The supplier's portal, on the port this page was served from (so local runs link correctly). */
    static String portalUrl(TenantProfile tenant) {
        VaadinRequest request = VaadinRequest.getCurrent();
        String scheme = request == null ? "http" : request.isSecure() ? "https" : "http";
        int port = request == null ? -1 : ((VaadinServletRequest) request).getServerPort();
        boolean defaultPort = port <= 0 || port == 80 || port == 443;
        return scheme + "://" + tenant.hosts().getFirst() + (defaultPort ? "" : ":" + port) + "/";
    }
}
