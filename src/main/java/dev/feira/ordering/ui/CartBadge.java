package dev.feira.ordering.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.shared.Registration;

/** The header's cart: a link to it and its number of lines, updated as the page changes the cart. */
class CartBadge extends RouterLink {

    private final Span count = new Span();
    private Registration listening;

    CartBadge(int lines) {
        setRoute(CartView.class);
        setId("cart-badge");
        getElement().setAttribute("aria-label", getTranslation("nav.cart"));
        getElement().setAttribute("title", getTranslation("nav.cart"));
        count.setId("cart-badge-count");
        count.getElement().getThemeList().addAll(java.util.List.of("badge", "pill", "small", "primary"));
        add(VaadinIcon.CART_O.create(), count);
        getStyle().set("display", "inline-flex").set("align-items", "center").set("gap", "2px");
        show(lines);
    }

    private void show(int lines) {
        count.setText(String.valueOf(lines));
        count.setVisible(lines > 0);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        listening = ComponentUtil.addListener(event.getUI(), CartNotices.CartChanged.class, changed -> show(changed.lines()));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        listening.remove();
    }
}
