package dev.feira.ordering.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import dev.feira.catalog.NotEnoughStock;
import dev.feira.identity.BuyerAccountDirectory;
import dev.feira.identity.CatalogAccess;
import dev.feira.ordering.Deliveries;
import dev.feira.ordering.DeliveryNote;
import dev.feira.ordering.InvoiceDocuments;
import dev.feira.ordering.OrderStatus;
import dev.feira.ordering.OrderAccess;
import dev.feira.ordering.Orders;
import dev.feira.ordering.PlacedOrder;
import dev.feira.pricing.TradeTerms.PaymentMethod;
import dev.feira.shared.web.ApiProblem;
import dev.feira.tenancy.TenantDirectory;
import dev.feira.tenancy.TenantProfile;

/** Orders at the supplier whose host is called: a buyer places its cart and reads its orders; the supplier reads its inbox. */
@RestController
@RequestMapping("/api/v1/orders")
@Tag(name = "Orders")
class OrderApi {

    private final Orders orders;
    private final OrderAccess orderAccess;
    private final BuyerAccountDirectory accounts;
    private final TenantDirectory tenants;
    private final CatalogAccess access;
    private final Deliveries deliveries;
    private final InvoiceDocuments invoiceDocuments;

    OrderApi(Orders orders, OrderAccess orderAccess, BuyerAccountDirectory accounts, TenantDirectory tenants, CatalogAccess access,
             Deliveries deliveries, InvoiceDocuments invoiceDocuments) {
        this.orderAccess = orderAccess;
        this.orders = orders;
        this.deliveries = deliveries;
        this.invoiceDocuments = invoiceDocuments;
        this.accounts = accounts;
        this.tenants = tenants;
        this.access = access;
    }

    /**
     * How the buyer pays the order (omitted: on invoice where the terms allow it) and what it writes on it: its PO
     * number, the delivery address (an id from {@code GET /api/v1/company/addresses}; omitted: the company's default),
     * the requested delivery date and a note to the supplier.
     */
    record Checkout(PaymentMethod paymentMethod, String buyerPoNumber, java.util.UUID shipTo, java.time.LocalDate requestedDelivery,
                    String noteToSupplier) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Place the caller's cart as an order",
            description = "The Idempotency-Key header makes a retry safe: the same key answers the order already placed. "
                    + "A card payment (paymentMethod CARD) is then completed with GET /api/v1/orders/{id}/card-payment.")
    PlacedOrder place(@RequestHeader(name = "Idempotency-Key", required = false) String key,
                      @RequestBody(required = false) Checkout checkout) {
        supplier();
        var buyer = accounts.ofCaller().orElseThrow(() -> ApiProblem.of(HttpStatus.FORBIDDEN, "Only a buyer with an account here places orders."));
        if (key == null || key.isBlank()) {
            throw ApiProblem.of(HttpStatus.BAD_REQUEST, "An Idempotency-Key header is required (any unique text up to 64 characters).");
        }
        return orders.place(buyer, key, checkout == null ? dev.feira.ordering.Checkout.by(null) : new dev.feira.ordering.Checkout(
                checkout.paymentMethod(), java.util.Optional.ofNullable(checkout.buyerPoNumber()), java.util.Optional.ofNullable(checkout.shipTo()),
                java.util.Optional.ofNullable(checkout.requestedDelivery()), java.util.Optional.ofNullable(checkout.noteToSupplier())));
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
            return orders.inbox(Optional.ofNullable(status), page, size).stream().map(PlacedOrder::asSupplierSees).toList();
        }
        throw ApiProblem.of(HttpStatus.FORBIDDEN, "Orders are for " + supplier.name() + " and its buyers.");
    }

    @GetMapping("/{id}")
    @Operation(summary = "One order", description = "A buyer sees only its own orders; another's is 404.")
    PlacedOrder one(@PathVariable UUID id) {
        supplier();
        return orderAccess.visibleToCaller(id).orElseThrow(() -> ApiProblem.of(HttpStatus.NOT_FOUND, "No order " + id + " for you here"));
    }

    /** What the supplier's ERP sends when goods leave: the lines (empty: everything still open) and the tracking. */
    record Shipment(String carrier, String trackingNumber, List<ShippedLine> lines) {
        record ShippedLine(String sku, int quantity) {
        }
    }

    @PostMapping("/{id}/shipments")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a shipment of a confirmed order (supplier)",
            description = "Lines by SKU in base units; none ships everything still open. The order becomes partly shipped or shipped.")
    DeliveryNote ship(@PathVariable UUID id, @RequestBody Shipment shipment) {
        var order = supplierOrder(id);
        var quantities = new LinkedHashMap<String, Integer>();
        if (shipment.lines() != null) {
            shipment.lines().forEach(l -> quantities.merge(l.sku(), l.quantity(), Integer::sum));
        }
        try {
            return deliveries.shipNow(order.id(), quantities, shipment.carrier(), shipment.trackingNumber());
        } catch (Deliveries.DeliveryRefusal refused) {
            throw ApiProblem.of(HttpStatus.UNPROCESSABLE_CONTENT, refused.getMessage());
        }
    }

    @GetMapping("/{id}/deliveries")
    @Operation(summary = "The deliveries holding an order's lines, with their tracking numbers")
    List<DeliveryNote> deliveries(@PathVariable UUID id) {
        return deliveries.ofOrder(one(id).id());
    }

    /** The supplier's decision: lines declined (SKU to reason) and a note for the buyer. */
    /**
     * @param lines         how named lines are confirmed: {@code quantity} in the line's base unit (less than ordered needs a
     *                      {@code reason}; 0 declines), {@code promisedFor} a day (ISO date)
     * @param declinedLines the older form of declining: SKU to reason
     */
    record Confirmation(List<Orders.LineConfirmation> lines, Map<String, String> declinedLines, String note) {
    }

    @PostMapping("/{id}/confirmation")
    @Operation(summary = "Confirm an order (supplier): as ordered, or line by line with less, a promised day, or declined",
            description = "Takes the stock of what is confirmed, all or none; totals and taxes follow the confirmed quantities; "
                    + "declining every line rejects the order.")
    PlacedOrder confirm(@PathVariable UUID id, @RequestBody(required = false) Confirmation confirmation) {
        var order = supplierOrder(id);
        var decision = confirmation == null ? new Confirmation(List.of(), Map.of(), null) : confirmation;
        var lines = new java.util.ArrayList<Orders.LineConfirmation>(decision.lines() == null ? List.of() : decision.lines());
        if (decision.declinedLines() != null) {
            decision.declinedLines().forEach((sku, reason) -> lines.add(Orders.LineConfirmation.declined(sku, reason)));
        }
        return refusalsAsProblems(() -> orders.confirm(order.id(), lines, decision.note())).asSupplierSees();
    }

    record Reason(String reason) {
    }

    @PostMapping("/{id}/rejection")
    @Operation(summary = "Reject an order (supplier) with the reason the buyer will read")
    PlacedOrder reject(@PathVariable UUID id, @RequestBody Reason reason) {
        var order = supplierOrder(id);
        if (reason == null || reason.reason() == null || reason.reason().isBlank()) {
            throw ApiProblem.of(HttpStatus.BAD_REQUEST, "Say why the order is rejected: {\"reason\": \"...\"}");
        }
        return refusalsAsProblems(() -> orders.move(order.id(), OrderStatus.REJECTED, reason.reason())).asSupplierSees();
    }

    @PostMapping("/{id}/cancellation")
    @Operation(summary = "Cancel one's own order (buyer) before the supplier confirmed it")
    PlacedOrder cancel(@PathVariable UUID id, @RequestBody(required = false) Reason reason) {
        var buyer = accounts.ofCaller().orElseThrow(() -> ApiProblem.of(HttpStatus.FORBIDDEN, "Only the buyer cancels its order."));
        var order = one(id);
        return refusalsAsProblems(() -> orders.cancel(buyer, order.id(), reason == null ? null : reason.reason()));
    }

    @PostMapping("/{id}/invoice")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Issue the invoice of a delivered order (supplier)", description = "Due dates follow the order's payment terms.")
    PlacedOrder invoice(@PathVariable UUID id) {
        var order = supplierOrder(id);
        return refusalsAsProblems(() -> orders.invoice(order.id())).asSupplierSees();
    }

    @GetMapping("/{id}/invoice.pdf") // no "produces": a refusal must still answer as a problem document
    @Operation(summary = "The invoice as PDF", description = "Language from Accept-Language; 404 before the order is invoiced.")
    ResponseEntity<byte[]> invoicePdf(@PathVariable UUID id, Locale locale) {
        var order = one(id);
        var invoice = order.invoice().orElseThrow(() -> ApiProblem.of(HttpStatus.NOT_FOUND, "Order " + order.number() + " is not invoiced yet"));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(invoice.number() + ".pdf").build().toString())
                .body(invoiceDocuments.pdf(order, locale));
    }

    record Payment(String reference) {
    }

    @PostMapping("/{id}/payments")
    @Operation(summary = "Record that an order was paid (supplier; e.g. reconciled in the ERP)",
            description = "An invoiced order becomes paid. Recording it again changes nothing.")
    PlacedOrder paid(@PathVariable UUID id, @RequestBody(required = false) Payment payment) {
        var order = supplierOrder(id);
        return orders.recordPayment(order.id(), payment == null ? null : payment.reference()).asSupplierSees();
    }

    private PlacedOrder supplierOrder(UUID id) {
        TenantProfile supplier = supplier();
        if (!access.mayManage(supplier)) {
            throw ApiProblem.of(HttpStatus.FORBIDDEN, "Only " + supplier.name() + " handles its orders.");
        }
        return orders.byId(id).orElseThrow(() -> ApiProblem.of(HttpStatus.NOT_FOUND, "No order " + id + " here"));
    }

    private static PlacedOrder refusalsAsProblems(java.util.function.Supplier<PlacedOrder> action) {
        try {
            return action.get();
        } catch (Orders.IllegalTransition | NotEnoughStock | IllegalArgumentException refused) {
            throw ApiProblem.of(HttpStatus.CONFLICT, refused.getMessage());
        }
    }

    /** A confirmation refused (more than ordered, no reason, a past day) reads in the caller's language. */
    @org.springframework.web.bind.annotation.ExceptionHandler(Orders.ConfirmationRefusal.class)
    org.springframework.web.ErrorResponseException refused(Orders.ConfirmationRefusal refused, java.util.Locale locale) {
        return ApiProblem.translated(HttpStatus.UNPROCESSABLE_CONTENT, refused, locale);
    }

    /** A refused checkout reads in the caller's language (Accept-Language), its key as {@code code}. */
    @org.springframework.web.bind.annotation.ExceptionHandler(Orders.CheckoutRefusal.class)
    org.springframework.web.ErrorResponseException refused(Orders.CheckoutRefusal refused, java.util.Locale locale) {
        return ApiProblem.translated(HttpStatus.UNPROCESSABLE_CONTENT, refused, locale);
    }

    private TenantProfile supplier() {
        return tenants.current().orElseThrow(() -> ApiProblem.of(HttpStatus.NOT_FOUND,
                "Orders are placed per supplier: call the supplier's host, e.g. http://ferragens.localhost:8080/api/v1/orders"));
    }
}
