package dev.feira.platform.ui;


import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import dev.feira.search.MarketplaceSearch;
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
        add(new MarketplaceComparison(marketplace, carts, accounts, buyer, getLocale()));
        var cards = new Div();
        cards.addClassName("supplier-cards");
        tenants.all().stream().filter(TenantProfile::isOpenToBuyers).forEach(t -> cards.add(card(t)));
        add(cards);
    }

    private Div card(TenantProfile tenant) {
        var card = new Div();
        card.addClassName("supplier-card");
        card.getStyle().set("--feira-brand-color", tenant.primaryColor());
        var link = new Anchor(MarketplaceComparison.portalUrl(tenant), tenant.name());
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
}
