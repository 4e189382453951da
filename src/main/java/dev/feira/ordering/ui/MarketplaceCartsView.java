package dev.feira.ordering.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import dev.feira.identity.PortalLinks;
import dev.feira.ordering.MarketplaceCheckout;
import dev.feira.ordering.MarketplaceCheckout.SupplierCart;
import dev.feira.shared.TenantId;
import dev.feira.tenancy.ui.MainLayout;

/**
 * On the marketplace: the buyer's carts at every supplier, each at that supplier's prices and
 * terms, checked out together — one order per supplier.
 */
@Route(value = "carts", layout = MainLayout.class)
@Menu(title = "nav.carts", order = 1)
@PageTitle("Feira")
@RolesAllowed({"BUYER_ADMIN", "PURCHASER"})
class MarketplaceCartsView extends VerticalLayout implements BeforeEnterObserver {

    private final transient MarketplaceCheckout checkout;
    private final transient PortalLinks links;

    MarketplaceCartsView(MarketplaceCheckout checkout, PortalLinks links) {
        this.checkout = checkout;
        this.links = links;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Locale locale = getLocale();
        add(new H2(getTranslation("nav.carts")));
        List<SupplierCart> carts = checkout.carts();
        if (carts.isEmpty()) {
            add(new Paragraph(getTranslation("carts.none")));
            return;
        }
        add(new Paragraph(getTranslation("carts.explained")));
        var picked = new ArrayList<TenantId>();
        for (SupplierCart cart : carts) {
            var box = new Div();
            box.addClassName("supplier-cart");
            box.getElement().setAttribute("data-supplier", cart.supplier().slug());
            var pick = new Checkbox(getTranslation("carts.include"), !cart.cart().awaitingApprovalOf().isPresent() && cart.cart().problems() == 0);
            pick.setEnabled(cart.cart().awaitingApprovalOf().isEmpty());
            pick.addClassName("cart-pick");
            if (pick.getValue()) {
                picked.add(cart.supplier().id());
            }
            pick.addValueChangeListener(e -> {
                if (e.getValue()) {
                    picked.add(cart.supplier().id());
                } else {
                    picked.remove(cart.supplier().id());
                }
            });
            var lines = new UnorderedList();
            cart.cart().lines().forEach(l -> lines.add(new ListItem(l.quantity() + " × " + l.sku() + " "
                    + l.product().map(p -> p.name()).orElse("") + l.price().map(q -> " — " + q.total().format(locale)).orElse("")
                    + l.problem().map(p -> " ⚠ " + getTranslation("carts.problem")).orElse(""))));
            var open = new Anchor(links.to(cart.supplier(), "cart"), getTranslation("carts.open", cart.supplier().name()));
            open.setRouterIgnore(true);
            box.add(new H3(cart.supplier().name()), lines,
                    new Paragraph(getTranslation("cart.total", cart.cart().total().format(locale))
                            + cart.cart().offer().map(o -> " · " + getTranslation("cart.payable", cart.cart().payable().format(locale))).orElse("")
                            + " · "
                            + getTranslation("pricing.terms", cart.cart().terms().paymentTerms(), cart.cart().terms().freight().name(),
                            cart.cart().terms().leadTimeDays())), pick, open);
            add(box);
        }
        String checkoutKey = UUID.randomUUID().toString(); // one per visit: a double click places each order once
        var results = new Div();
        results.setId("carts-results");
        var placeAll = new Button(getTranslation("carts.place-all"), VaadinIcon.CHECK.create(), e -> {
            results.removeAll();
            var list = new UnorderedList();
            for (var outcome : checkout.placeAll(List.copyOf(picked), checkoutKey)) {
                var item = new ListItem();
                outcome.order().ifPresentOrElse(order -> {
                    var link = new Anchor(links.to(outcome.supplier(), "orders/" + order.id()),
                            getTranslation("carts.placed", outcome.supplier().name(), order.number(), order.total().format(locale),
                                    getTranslation("orders.status." + order.status())));
                    link.setRouterIgnore(true);
                    item.add(link);
                }, () -> item.add(new Paragraph(getTranslation("carts.refused", outcome.supplier().name(), outcome.refusal().map(r -> getTranslation(r.key(), r.arguments())).orElse("")))));
                list.add(item);
            }
            results.add(list);
        });
        placeAll.setId("carts-place-all");
        placeAll.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        placeAll.setDisableOnClick(true);
        add(placeAll, results);
    }
}
