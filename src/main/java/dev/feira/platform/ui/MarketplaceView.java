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
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import dev.feira.tenancy.TenantDirectory;
import dev.feira.tenancy.TenantProfile;
import dev.feira.tenancy.Visibility;
import dev.feira.tenancy.ui.MainLayout;

/**
 * The start page. On the bare host: the marketplace with its suppliers. On a supplier's host the
 * start page is that supplier's catalog.
 */
@Route(value = "", layout = MainLayout.class)
@PageTitle("Feira")
@Menu(title = "nav.home", order = 0)
@AnonymousAllowed
class MarketplaceView extends VerticalLayout implements BeforeEnterObserver {

    private final transient TenantDirectory tenants;

    MarketplaceView(TenantDirectory tenants) {
        this.tenants = tenants;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (tenants.current().isPresent()) {
            event.forwardTo("catalog");
            return;
        }
        removeAll();
        add(new H1(getTranslation("marketplace.name")), new Paragraph(getTranslation("marketplace.intro")));
        var cards = new Div();
        cards.addClassName("supplier-cards");
        tenants.all().forEach(t -> cards.add(card(t)));
        add(cards);
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
