package dev.feira.ordering.ui;

import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

import dev.feira.ordering.Carts;
import dev.feira.ordering.SavedLists;

/** What the list pages do the same way: put a list in the cart and say what went in. */
final class ListActions {

    private ListActions() {
    }

    static void toCart(SavedLists lists, SavedLists.SavedListId list) {
        try {
            CartNotices.added(lists.addToCart(list));
        } catch (SavedLists.ListRefusal | Carts.CartRefusal refused) {
            CartNotices.refused(refused);
        } catch (AccessDeniedException approverOnly) {
            Notification.show(UI.getCurrent().getTranslation("lists.to-cart.purchasers-only"), 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }
}
