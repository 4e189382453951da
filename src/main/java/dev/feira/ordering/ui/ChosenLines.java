package dev.feira.ordering.ui;

import java.util.List;

import dev.feira.ordering.Carts;
import dev.feira.ordering.OrderedQuantity;
import dev.feira.ordering.PlacedOrder;
import dev.feira.ordering.PricedCart;

/** The lines of an order or a cart as the buyer chose them ("2 FD", not "20 CX"), to go into a cart or a list. */
final class ChosenLines {

    private ChosenLines() {
    }

    /** The order's lines the supplier did not decline. */
    static List<Carts.NewLine> of(PlacedOrder order) {
        return order.lines().stream().filter(PlacedOrder.Line::accepted).map(l -> line(l.sku(), l.ordered())).toList();
    }

    static List<Carts.NewLine> of(PricedCart cart) {
        return cart.lines().stream().map(l -> line(l.sku(), l.ordered())).toList();
    }

    private static Carts.NewLine line(String sku, OrderedQuantity ordered) {
        return new Carts.NewLine(sku, ordered.inChosenUnit(), ordered.saleUnit().map(OrderedQuantity.SaleUnit::code).orElse(null));
    }
}
