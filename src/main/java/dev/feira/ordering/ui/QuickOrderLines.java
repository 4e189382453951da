package dev.feira.ordering.ui;

import java.util.ArrayList;
import java.util.List;

import dev.feira.identity.BuyerAccountProfile;
import dev.feira.ordering.Carts;
import dev.feira.ordering.Carts.LeftOut;
import dev.feira.ordering.Carts.NewLine;
import dev.feira.pricing.QuickOrder;
import dev.feira.shared.TranslatedRefusal;

/** A quick order's lines into the cart: those that passed the check go in, in the unit they were written in. */
final class QuickOrderLines {

    private QuickOrderLines() {
    }

    /** Adds the orderable lines; the others are left out with what the check found. */
    static Carts.AddedLines addToCart(Carts carts, BuyerAccountProfile buyer, QuickOrder.Result read) {
        var orderable = read.lines().stream().filter(QuickOrder.Line::orderable)
                .map(l -> new NewLine(l.sku(), l.quantityAsWritten(), l.unit().orElse(null))).toList();
        List<LeftOut> leftOut = new ArrayList<>();
        read.lines().stream().filter(l -> !l.orderable()).forEach(l -> leftOut.add(new LeftOut(
                new NewLine(l.sku() == null ? l.text() : l.sku(), l.quantity() == null ? 0 : l.quantity(), l.unit().orElse(null)),
                problem(l))));
        var added = orderable.isEmpty() ? new Carts.AddedLines(carts.inspect(buyer), 0, List.of()) : carts.addAll(buyer, orderable);
        leftOut.addAll(added.leftOut());
        return new Carts.AddedLines(added.cart(), added.added(), List.copyOf(leftOut));
    }

    private static TranslatedRefusal problem(QuickOrder.Line line) {
        var problem = line.problem().orElseThrow();
        String key = "quick-order.problem." + problem.name();
        return switch (problem) {
            case BELOW_MINIMUM_LOT -> new TranslatedRefusal(key, "Below the minimum lot", line.lot().orElseThrow().minimum());
            case NOT_A_MULTIPLE -> new TranslatedRefusal(key, "Not a multiple of the order multiple", line.lot().orElseThrow().multiple());
            default -> new TranslatedRefusal(key, problem.name());
        };
    }
}
