package dev.feira.ordering;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The calling buyer company's saved lists at the current supplier: "Obra Jardins – elétrica", "Reposição mensal".
 * Made from scratch, from a product page, the cart or a past order, and put in the cart in one step. A list is its
 * maker's until shared with the company; the maker and the company's buyer admin change it. Whose lists these are
 * comes from the caller (a person's company, an integration token's), never from a parameter.
 *
 * <p>Callers that do not buy at this supplier are refused with an {@code AccessDeniedException}; a list the caller
 * may not see is answered as absent.
 */
public interface SavedLists {

    /** The lists the caller sees here: its own and those colleagues shared, by name. */
    List<SavedList> ofCaller();

    Optional<SavedList> byId(SavedListId list);

    /**
     * A new list, with {@code lines} in it (may be none).
     *
     * @throws ListRefusal when the name is blank, too long or already taken at this supplier, or a line is unusable
     */
    SavedList create(String name, boolean shared, List<Carts.NewLine> lines);

    /** A new list holding what the cart holds, in the units chosen there. */
    SavedList fromCart(String name, boolean shared);

    /** A new list holding the lines of one of the company's orders that the supplier did not decline. */
    SavedList fromOrder(UUID order, String name, boolean shared);

    /** Adds to a list: a SKU already on it in the same unit gets the quantities added, otherwise it is replaced. */
    SavedList add(SavedListId list, List<Carts.NewLine> lines);

    /** Sets a line's quantity in the unit it was saved in (0 removes the line). */
    SavedList change(SavedListId list, String sku, int quantity);

    SavedList rename(SavedListId list, String name, boolean shared);

    void delete(SavedListId list);

    /**
     * Puts the whole list in the cart: what can go in does (today's catalog, lots and stock decide), the rest is left
     * out with the reason. The list stays as it is, to be ordered again.
     */
    Carts.AddedLines addToCart(SavedListId list);

    /** The most lines a list holds: a list is a buyer's, not a catalog. */
    int MAX_LINES = 500;

    record SavedListId(UUID value) {
        public SavedListId {
            java.util.Objects.requireNonNull(value);
        }

        /** The id in a URL or a request, empty when it is not one. */
        public static Optional<SavedListId> parse(String text) {
            try {
                return Optional.of(new SavedListId(UUID.fromString(text)));
            } catch (IllegalArgumentException | NullPointerException notAnId) {
                return Optional.empty();
            }
        }

        @Override
        public String toString() {
            return value.toString();
        }
    }

    /**
     * @param ownerName who made it (a colleague's name, or the company's systems)
     * @param editable  whether the caller may change it: its maker, the company's buyer admin or its systems
     */
    record SavedList(SavedListId id, String name, boolean shared, String ownerName, boolean mine, boolean editable,
                     Instant updatedAt, List<Item> items) {
    }

    /**
     * A line as saved: {@code quantity} of {@code unit} (the base unit when the buyer chose no bigger one).
     *
     * @param name the product's name today; empty when the supplier no longer shows it to this buyer
     */
    record Item(String sku, Optional<String> name, int quantity, String unit) {

        public Carts.NewLine toCartLine() {
            return new Carts.NewLine(sku, quantity, unit);
        }
    }

    /** A change the list refuses; nothing was changed. Its key is {@code lists.refused.<key>}. */
    class ListRefusal extends dev.feira.shared.TranslatedRefusal {
        public ListRefusal(String key, String english, Object... arguments) {
            super("lists.refused." + key, english, arguments);
        }
    }
}
