package dev.feira.ordering.web;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import dev.feira.identity.BuyerAccountDirectory;
import dev.feira.identity.CatalogAccess;
import dev.feira.ordering.OrderStatus;
import dev.feira.ordering.Orders;
import dev.feira.ordering.PlacedOrder;
import dev.feira.shared.web.ApiProblem;
import dev.feira.tenancy.TenantDirectory;
import dev.feira.tenancy.TenantProfile;

/** Orders at the supplier whose host is called: a buyer places its cart and reads its orders; the supplier reads its inbox. */
@RestController
@RequestMapping("/api/v1/orders")
@Tag(name = "Orders")
class OrderApi {

    private final Orders orders;
    private final BuyerAccountDirectory accounts;
    private final TenantDirectory tenants;
    private final CatalogAccess access;

    OrderApi(Orders orders, BuyerAccountDirectory accounts, TenantDirectory tenants, CatalogAccess access) {
        this.orders = orders;
        this.accounts = accounts;
        this.tenants = tenants;
        this.access = access;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Place the caller's cart as an order",
            description = "The Idempotency-Key header makes a retry safe: the same key answers the order already placed.")
    PlacedOrder place(@RequestHeader(name = "Idempotency-Key", required = false) String key) {
        supplier();
        var buyer = accounts.ofCaller().orElseThrow(() -> ApiProblem.of(HttpStatus.FORBIDDEN, "Only a buyer with an account here places orders."));
        if (key == null || key.isBlank()) {
            throw ApiProblem.of(HttpStatus.BAD_REQUEST, "An Idempotency-Key header is required (any unique text up to 64 characters).");
        }
        try {
            return orders.place(buyer, key);
        } catch (Orders.CheckoutRefusal refused) {
            throw ApiProblem.of(HttpStatus.UNPROCESSABLE_CONTENT, refused.getMessage());
        }
    }

    @GetMapping
    @Operation(summary = "A buyer's own orders, or the supplier's inbox", description = "Newest first.")
    List<PlacedOrder> list(@Parameter(description = "Only orders in this status") @RequestParam(required = false) OrderStatus status,
                           @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        if (page < 0 || size < 1 || size > 100) {
            throw ApiProblem.of(HttpStatus.BAD_REQUEST, "page must be 0 or more and size between 1 and 100");
        }
        TenantProfile supplier = supplier();
        var buyer = accounts.ofCaller();
        if (buyer.isPresent()) {
            return orders.ofBuyer(buyer.get(), Optional.ofNullable(status), page, size);
        }
        if (access.mayManage(supplier)) {
            return orders.inbox(Optional.ofNullable(status), page, size);
        }
        throw ApiProblem.of(HttpStatus.FORBIDDEN, "Orders are for " + supplier.name() + " and its buyers.");
    }

    @GetMapping("/{id}")
    @Operation(summary = "One order", description = "A buyer sees only its own orders; another's is 404.")
    PlacedOrder one(@PathVariable UUID id) {
        TenantProfile supplier = supplier();
        var buyer = accounts.ofCaller();
        return orders.byId(id)
                .filter(o -> buyer.map(b -> b.id().equals(o.buyerAccount())).orElseGet(() -> access.mayManage(supplier)))
                .orElseThrow(() -> ApiProblem.of(HttpStatus.NOT_FOUND, "No order " + id + " for you here"));
    }

    private TenantProfile supplier() {
        return tenants.current().orElseThrow(() -> ApiProblem.of(HttpStatus.NOT_FOUND,
                "Orders are placed per supplier: call the supplier's host, e.g. http://ferragens.localhost:8080/api/v1/orders"));
    }
}
