package dev.feira.ordering.web;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import dev.feira.identity.ForBuyerAccounts;
import dev.feira.ordering.Carts;
import dev.feira.ordering.SavedLists;
import dev.feira.ordering.SavedLists.SavedList;
import dev.feira.ordering.SavedLists.SavedListId;
import dev.feira.shared.web.ApiProblem;

/**
 * The calling buyer company's saved lists at the supplier whose host is called: make them (also from the cart or an
 * order), change them, and put one in the cart. Lists made through the API are the company's, shared.
 */
@RestController
@ForBuyerAccounts
@RequestMapping("/api/v1/lists")
@Tag(name = "Saved lists")
class SavedListApi {

    private final SavedLists lists;

    SavedListApi(SavedLists lists) {
        this.lists = lists;
    }

    /** A line: {@code quantity} of {@code unit} (absent: the product's base unit). */
    record Line(String sku, Integer quantity, String unit) {
    }

    /** {@code lines} may be absent; {@code shared} defaults to true (the company's list). */
    record NewList(String name, Boolean shared, List<Line> lines) {
    }

    record ListChange(String name, Boolean shared) {
    }

    record Quantity(Integer quantity) {
    }

    /** {@code name} is empty when the supplier no longer offers the product to this buyer. */
    record ListLine(String sku, String name, int quantity, String unit) {
    }

    record ListResult(UUID id, String name, boolean shared, String owner, boolean editable, Instant updatedAt, List<ListLine> lines) {
    }

    /** What went into the cart: {@code added} lines; {@code leftOut}, each with the reason in the caller's language. */
    record CartResult(int added, List<LeftOut> leftOut) {
    }

    record LeftOut(String sku, int quantity, String unit, String code, String reason) {
    }

    @GetMapping
    @Operation(summary = "The company's lists here", description = "Those shared within the company, by name.")
    List<ListResult> lists() {
        return lists.ofCaller().stream().map(SavedListApi::result).toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Make a list", description = "Refused (422) for a blank or taken name, an unknown SKU or unit, an absurd quantity.")
    ListResult create(@RequestBody NewList list) {
        if (list == null) {
            throw ApiProblem.of(HttpStatus.BAD_REQUEST, "name is required");
        }
        return result(lists.create(list.name(), list.shared() == null || list.shared(), lines(list.lines())));
    }

    @PostMapping("/from-cart")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Save the cart as a list", description = "The cart's lines in the units chosen there; the cart is left as it is.")
    ListResult fromCart(@RequestBody ListChange list) {
        return result(lists.fromCart(list == null ? null : list.name(), true));
    }

    @PostMapping("/from-order/{order}")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Save an order's lines as a list", description = "The lines the supplier did not decline.")
    ListResult fromOrder(@PathVariable UUID order, @RequestBody ListChange list) {
        return result(lists.fromOrder(order, list == null ? null : list.name(), true));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One list")
    ListResult list(@PathVariable UUID id) {
        return result(seen(id));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Rename a list or change whether it is shared")
    ListResult change(@PathVariable UUID id, @RequestBody ListChange change) {
        var current = seen(id);
        String name = change == null || change.name() == null ? current.name() : change.name();
        boolean shared = change == null || change.shared() == null ? current.shared() : change.shared();
        return result(lists.rename(new SavedListId(id), name, shared));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a list")
    void delete(@PathVariable UUID id) {
        lists.delete(new SavedListId(id));
    }

    @PostMapping("/{id}/lines")
    @Operation(summary = "Add a product to a list", description = "Adds to the SKU's line when it is in the same unit.")
    ListResult add(@PathVariable UUID id, @RequestBody Line line) {
        seen(id);
        if (line == null || line.quantity() == null) {
            throw ApiProblem.of(HttpStatus.BAD_REQUEST, "sku and quantity are required");
        }
        return result(lists.add(new SavedListId(id), lines(List.of(line))));
    }

    @PutMapping("/{id}/lines/{sku}")
    @Operation(summary = "Set a line's quantity in the unit it was saved in (0 removes it)")
    ListResult changeLine(@PathVariable UUID id, @PathVariable String sku, @RequestBody Quantity quantity) {
        seen(id);
        if (quantity == null || quantity.quantity() == null) {
            throw ApiProblem.of(HttpStatus.BAD_REQUEST, "quantity is required");
        }
        return result(lists.change(new SavedListId(id), sku, quantity.quantity()));
    }

    @PostMapping("/{id}/cart")
    @Operation(summary = "Put the list in the cart",
            description = "Every line that can be ordered today goes into the company's cart here; the others are left out with the reason.")
    CartResult toCart(@PathVariable UUID id, Locale locale) {
        var added = lists.addToCart(new SavedListId(id));
        return new CartResult(added.added(), added.leftOut().stream().map(l -> new LeftOut(l.line().sku(), l.line().quantity(),
                l.line().unit(), l.reason().key(), dev.feira.shared.i18n.Translations.textOr(locale, l.reason().getMessage(),
                        l.reason().key(), l.reason().arguments()))).toList());
    }

    /** Whether a list exists is answered before what is wrong with the request, so a malformed body tells nothing about another company's lists. */
    private SavedLists.SavedList seen(UUID id) {
        return lists.byId(new SavedListId(id)).orElseThrow(SavedListApi::notFound);
    }

    /** A refusal reads in the caller's language (Accept-Language), its key as {@code code}; a list not seen is absent. */
    @ExceptionHandler(SavedLists.ListRefusal.class)
    ErrorResponseException refused(SavedLists.ListRefusal refused, Locale locale) {
        return ApiProblem.translated(refused.key().endsWith(".not-found") ? HttpStatus.NOT_FOUND : HttpStatus.UNPROCESSABLE_CONTENT,
                refused, locale);
    }

    private static ErrorResponseException notFound() {
        return ApiProblem.of(HttpStatus.NOT_FOUND, "No such list");
    }

    private static List<Carts.NewLine> lines(List<Line> lines) {
        if (lines == null) {
            return List.of();
        }
        if (lines.stream().anyMatch(l -> l == null || l.quantity() == null)) {
            throw ApiProblem.of(HttpStatus.BAD_REQUEST, "every line needs sku and quantity");
        }
        return lines.stream().map(l -> new Carts.NewLine(l.sku(), l.quantity(), l.unit())).toList();
    }

    private static ListResult result(SavedList list) {
        return new ListResult(list.id().value(), list.name(), list.shared(), list.ownerName(), list.editable(), list.updatedAt(),
                list.items().stream().map(i -> new ListLine(i.sku(), i.name().orElse(null), i.quantity(), i.unit())).toList());
    }
}
