package dev.feira.pricing;

import java.util.List;
import java.util.Optional;

import dev.feira.catalog.ProductSnapshot;
import dev.feira.identity.BuyerAccountProfile;
import dev.feira.shared.Money;

/**
 * Quick order by SKU: a buyer pastes lines of "SKU quantity [unit]" (from an ERP, a spreadsheet, an
 * e-mail) and gets every line checked against the catalog, its assortment, minimum lot and order
 * multiple, and priced at its own conditions.
 */
public interface QuickOrder {

    /** At most this many lines are read at once. */
    int MAX_LINES = 500;

    Result price(String pastedLines, Optional<BuyerAccountProfile> buyer);

    enum Problem {
        /** The line is not "SKU quantity". */
        UNREADABLE,
        /** No such product, or not in the buyer's assortment. */
        UNKNOWN_SKU,
        /** Not a whole number from 1 to {@link Pricing#MAX_QUANTITY} (counted in the base unit). */
        BAD_QUANTITY,
        /** The product is not sold in the unit the line names. */
        UNKNOWN_UNIT,
        /** Fewer than the product's minimum lot. */
        BELOW_MINIMUM_LOT,
        /** Not a multiple of the product's order multiple. */
        NOT_A_MULTIPLE,
        /** The same SKU on an earlier line. */
        DUPLICATE
    }

    /**
     * One pasted line; {@code product} and {@code price} are present when the line could be priced.
     * {@code quantity} is in the product's base unit, whatever unit the line was written in; {@code unit} is the
     * unit it was written in, when it named one.
     */
    record Line(int number, String text, String sku, Integer quantity, Optional<ProductSnapshot> product,
                Optional<OrderLot> lot, Optional<PriceQuote> price, Optional<Problem> problem, Optional<String> unit) {

        /** The quantity as written, in {@link #unit} (the base unit when none): what goes into a cart. */
        public int quantityAsWritten() {
            Integer size = unit.flatMap(u -> product.map(p -> p.units().get(u))).orElse(null);
            return size == null || size < 1 ? quantity : quantity / size;
        }

        public boolean orderable() {
            return problem.isEmpty();
        }
    }

    /** Every line, and the total of the orderable ones. */
    record Result(List<Line> lines, Money total) {

        public long problems() {
            return lines.stream().filter(l -> !l.orderable()).count();
        }
    }
}
