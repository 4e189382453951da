package dev.feira.tenancy.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.splitlayout.SplitLayout;

/**
 * Pages as a phone has room for them. Grid columns a phone has no room for (a SKU shown under the name anyway, a unit price next to the line total): hidden
 * while the window is narrower than {@value #WIDTH} px, shown again when it grows. A grid's columns are server state,
 * so the window's width is read from the browser's details and its resize events.
 */
public final class PhoneWidth {

    public static final int WIDTH = 600;

    private PhoneWidth() {
    }

    public static void hideColumns(Grid<?> grid, Grid.Column<?>... columns) {
        follow(grid, phone -> List.of(columns).forEach(column -> column.setVisible(!phone)));
    }

    /**
     * On a phone, one column of cards ({@code card}: everything of a row, stacked) instead of the desktop's {@code columns}.
     */
    public static void cardsOnPhones(Grid<?> grid, Grid.Column<?> card, Grid.Column<?>... columns) {
        card.setVisible(false);
        follow(grid, phone -> {
            card.setVisible(phone);
            List.of(columns).forEach(column -> column.setVisible(!phone));
        });
    }

    /** On a phone the two sides of a split page (a list and its editor) are stacked: the list above, the editor below. */
    public static void stackOnPhones(SplitLayout split) {
        follow(split, phone -> split.setOrientation(phone ? SplitLayout.Orientation.VERTICAL : SplitLayout.Orientation.HORIZONTAL));
    }

    /** Calls {@code layout} with whether the window is a phone's when the component shows and whenever the window is resized. */
    public static void follow(Component component, java.util.function.Consumer<Boolean> layout) {
        component.addAttachListener(attach -> {
            var page = attach.getUI().getPage();
            var details = page.getExtendedClientDetails();
            if (details != null && details.getWindowInnerWidth() > 0) {
                layout.accept(details.getWindowInnerWidth() < WIDTH);
            }
            var resizing = page.addBrowserWindowResizeListener(resize -> layout.accept(resize.getWidth() < WIDTH));
            component.addDetachListener(detach -> {
                resizing.remove();
                detach.unregisterListener();
            });
        });
    }

    /** Whether the window of {@code ui} is a phone's, as far as the browser said. */
    public static boolean isPhone(UI ui) {
        var details = ui.getPage().getExtendedClientDetails();
        return details != null && details.getWindowInnerWidth() > 0 && details.getWindowInnerWidth() < WIDTH;
    }
}
