package dev.feira.rfq.ui;

import com.vaadin.flow.component.grid.Grid;

/** How an RFQ's grids hold their lines: a short RFQ shows whole, a long one scrolls in a frame, rows sent as they show. */
final class LongLists {

    static final int SHOWN_WHOLE = 12;

    private LongLists() {
    }

    static void fit(Grid<?> grid, int rows, String height) {
        if (rows <= SHOWN_WHOLE) {
            grid.setAllRowsVisible(true);
        } else {
            grid.setHeight(height);
            grid.setPageSize(20); // what fills the frame, then more as it scrolls
        }
    }
}
