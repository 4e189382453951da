package dev.feira.ordering.ui;

import java.util.Locale;

import com.vaadin.flow.component.Component;

import dev.feira.ordering.PricedCart;

/** What the cart's pages say about a line that cannot be ordered as it is. */
final class CartTexts {

    private CartTexts() {
    }

    static String problem(Component page, PricedCart.Line line, PricedCart.Problem problem, Locale locale) {
        String unit = line.product().map(p -> p.unit()).orElse("");
        return switch (problem) {
            case UNAVAILABLE -> page.getTranslation("cart.problem.UNAVAILABLE");
            case BELOW_MINIMUM_LOT -> page.getTranslation("cart.problem.BELOW_MINIMUM_LOT", line.lot().orElseThrow().minimum(), unit);
            case NOT_A_MULTIPLE -> page.getTranslation("cart.problem.NOT_A_MULTIPLE", line.lot().orElseThrow().multiple(), unit);
            case NOT_ENOUGH_STOCK -> page.getTranslation("cart.problem.NOT_ENOUGH_STOCK", line.product().orElseThrow().stock(), unit);
        };
    }
}
