package dev.feira.ordering.ui;

import java.util.stream.Collectors;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.RouterLink;

import dev.feira.ordering.Carts;
import dev.feira.ordering.PricedCart;
import dev.feira.shared.TranslatedRefusal;

/**
 * What a page says when it put something in the buyer's cart — the quantity as chosen ("1 FD (10 CX)") with a link to
 * the cart — or why it could not, in the buyer's language. Tells the header's cart count as well.
 */
public final class CartNotices {

    private CartNotices() {
    }

    /** One product added. */
    public static void added(PricedCart cart, String sku) {
        var ui = UI.getCurrent();
        cart.lines().stream().filter(l -> l.sku().equals(sku)).findFirst().ifPresent(line -> show(ui,
                ui.getTranslation("cart.added", line.ordered().text(ui.getLocale()), line.product().map(p -> p.name()).orElse(sku)),
                NotificationVariant.LUMO_SUCCESS));
        changed(cart);
    }

    /** Several lines added at once: how many went in, and which were left out and why. */
    public static void added(Carts.AddedLines added) {
        var ui = UI.getCurrent();
        String text = ui.getTranslation("cart.added-lines", added.added());
        if (!added.leftOut().isEmpty()) {
            text += " " + ui.getTranslation("cart.left-out", added.leftOut().size(), added.leftOut().stream()
                    .map(l -> l.line().sku() + " (" + ui.getTranslation(l.reason().key(), l.reason().arguments()) + ")")
                    .collect(Collectors.joining("; ")));
        }
        show(ui, text, added.leftOut().isEmpty() ? NotificationVariant.LUMO_SUCCESS : NotificationVariant.LUMO_WARNING);
        changed(added.cart());
    }

    /** Why the cart refused, in the buyer's language. */
    public static void refused(TranslatedRefusal refusal) {
        var ui = UI.getCurrent();
        Notification.show(ui.getTranslation(refusal.key(), refusal.arguments()), 6000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    /** The header's count follows the cart as a page changed it. */
    public static void changed(PricedCart cart) {
        var ui = UI.getCurrent();
        ComponentUtil.fireEvent(ui, new CartChanged(ui, cart.lines().size()));
    }

    private static void show(UI ui, String text, NotificationVariant variant) {
        var notification = new Notification();
        notification.setDuration(7000);
        notification.setPosition(Notification.Position.TOP_END);
        notification.addThemeVariants(variant);
        var link = new RouterLink(ui.getTranslation("cart.open"), CartView.class);
        link.getElement().addEventListener("click", e -> notification.close());
        var message = new Span(text);
        message.setId("cart-notice");
        var content = new HorizontalLayout(message, link);
        content.setAlignItems(HorizontalLayout.Alignment.CENTER);
        notification.add(content);
        notification.open();
    }

    /** A page changed the cart: it now has {@code lines} lines. */
    static final class CartChanged extends ComponentEvent<UI> {
        private final int lines;

        CartChanged(UI ui, int lines) {
            super(ui, false);
            this.lines = lines;
        }

        int lines() {
            return lines;
        }
    }
}
