package dev.feira.ordering.ui;

import java.io.ByteArrayInputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import org.springframework.orm.ObjectOptimisticLockingFailureException;

import dev.feira.catalog.NotEnoughStock;
import dev.feira.identity.BuyerAccountDirectory;
import dev.feira.identity.BuyerAccountProfile;
import dev.feira.identity.CatalogAccess;
import dev.feira.ordering.Approvals;
import dev.feira.ordering.Carts;
import dev.feira.ordering.Deliveries;
import dev.feira.ordering.DeliveryNote;
import dev.feira.ordering.InvoiceDocuments;
import dev.feira.ordering.OrderStatus;
import dev.feira.ordering.OrderAccess;
import dev.feira.ordering.Orders;
import dev.feira.ordering.PlacedOrder;
import dev.feira.tenancy.TenantDirectory;
import dev.feira.tenancy.ui.MainLayout;
import dev.feira.tenancy.ui.SupplierPortalView;

/**
 * One order, for its buyer and for the supplier: the lines (with what the supplier declined), the
 * story so far, the deliveries with their tracking numbers and the invoice. The supplier confirms
 * or rejects it, plans deliveries (splitting it, or combining it with the buyer's other open
 * orders), ships them and invoices; the buyer cancels an unconfirmed order or orders it again.
 */
@Route(value = "orders/:id", layout = MainLayout.class)
@RolesAllowed({"BUYER_ADMIN", "PURCHASER", "APPROVER", "SUPPLIER_ADMIN", "SALES_REP", "PLATFORM_OPERATOR"})
class OrderView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle, SupplierPortalView {

    private static final ZoneId SUPPLIER_ZONE = ZoneId.of("America/Sao_Paulo");

    private final transient Orders orders;
    private final transient OrderAccess orderAccess;
    private final transient Approvals approvals;
    private final transient Deliveries deliveries;
    private final transient Carts carts;
    private final transient InvoiceDocuments invoices;
    private final transient BuyerAccountDirectory accounts;
    private final transient TenantDirectory tenants;
    private final transient CatalogAccess access;
    private UUID orderId;
    /** The buyer looking at its own order; empty when the supplier's staff is. */
    private Optional<BuyerAccountProfile> buyer = Optional.empty();
    private String title = "";

    private final transient dev.feira.ordering.SavedLists savedLists;

    OrderView(Orders orders, OrderAccess orderAccess, Approvals approvals, Deliveries deliveries, Carts carts, InvoiceDocuments invoices,
              BuyerAccountDirectory accounts, TenantDirectory tenants, CatalogAccess access, dev.feira.ordering.SavedLists savedLists) {
        this.savedLists = savedLists;
        this.orders = orders;
        this.orderAccess = orderAccess;
        this.approvals = approvals;
        this.deliveries = deliveries;
        this.carts = carts;
        this.invoices = invoices;
        this.accounts = accounts;
        this.tenants = tenants;
        this.access = access;
    }

    @Override
    public String getPageTitle() {
        return supplierTitle(title, tenants);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var tenant = tenants.current();
        buyer = tenant.flatMap(t -> accounts.ofCaller());
        boolean staff = tenant.filter(access::mayManage).isPresent();
        Optional<PlacedOrder> order;
        try {
            order = orderAccess.visibleToCaller(UUID.fromString(event.getRouteParameters().get("id").orElse("")));
        } catch (IllegalArgumentException notAnId) {
            order = Optional.empty();
        }
        if (order.isEmpty()) { // another buyer's order, another supplier's, or none: the same answer
            event.forwardTo(buyer.isPresent() ? "orders" : staff ? "catalog/orders" : "catalog");
            return;
        }
        orderId = order.get().id();
        show(order.get());
    }

    private void show(PlacedOrder order) {
        removeAll();
        Locale locale = getLocale();
        title = getTranslation("order.title", order.number());
        var status = new Span(getTranslation("orders.status." + order.status()));
        status.setId("order-status");
        status.getElement().getThemeList().add("badge");
        badge(order.status()).ifPresent(status.getElement().getThemeList()::add);
        var heading = new H2(title + " ");
        heading.add(status);
        add(heading);
        var when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(locale).withZone(SUPPLIER_ZONE);
        var summary = new Paragraph(getTranslation("order.summary", when.format(order.placedAt()), order.total().format(locale),
                getTranslation("pricing.terms", order.paymentTerms(), order.freight(), order.leadTimeDays())));
        summary.setId("order-summary");
        add(summary);
        order.reference().ifPresent(reference -> {
            var source = new Paragraph(getTranslation("order.from-quote", reference));
            source.setId("order-reference");
            add(source);
        });
        order.offerPercent().ifPresent(percent -> {
            var offer = new Paragraph(getTranslation("order.offer", CartSummary.percent(percent, locale)));
            offer.setId("order-offer");
            add(offer);
        });
        // A decision's reason (a rejection, a note with the confirmation); shipping notes are in the story below.
        order.statusReason().filter(reason -> java.util.Set.of(OrderStatus.REJECTED, OrderStatus.CANCELLED, OrderStatus.CONFIRMED,
                OrderStatus.APPROVED).contains(order.status())).ifPresent(reason -> add(new Paragraph(getTranslation("order.reason", reason))));
        add(new PurchaseDetailsPanel(order, buyer.isPresent() ? Optional.empty() : accounts.byId(order.buyerAccount()), locale));
        var taxes = new TaxesPanel();
        taxes.show(order, locale);
        add(payment(order), approvalsOf(order), actions(order), lines(order), taxes);
        add(new H3(getTranslation("order.deliveries")), deliveriesOf(order));
        order.invoice().ifPresent(invoice -> add(new H3(getTranslation("order.invoice")), invoiceOf(order, invoice)));
        add(new H3(getTranslation("order.timeline")), timeline(order, when));
    }

    /** How the order is paid and where that stands; a buyer who still owes a card payment is led to it. */
    private Component payment(PlacedOrder order) {
        var payment = new Div();
        payment.setId("order-payment");
        String method = getTranslation("payment.method." + order.paymentMethod());
        var when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale()).withZone(SUPPLIER_ZONE);
        payment.add(new Span(order.paidAt().map(at -> getTranslation("order.payment.paid", method, when.format(at)))
                .orElseGet(() -> getTranslation("order.payment.open", method))));
        order.paymentFailure().ifPresent(failure -> {
            var failed = new Paragraph(getTranslation("order.payment.failed", failure));
            failed.addClassName("payment-failure");
            payment.add(failed);
        });
        if (order.awaitsCardPayment() && buyer.isPresent()) {
            var pay = new Button(getTranslation("order.pay-by-card"), VaadinIcon.CREDIT_CARD.create(),
                    e -> getUI().ifPresent(ui -> ui.navigate("orders/" + order.id() + "/pay")));
            pay.setId("order-pay");
            pay.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            payment.add(new Div(pay));
        }
        return payment;
    }

    /** Who placed it and, for an order over its purchaser's limit, the approvals so far. */
    private Component approvalsOf(PlacedOrder order) {
        var box = new Div();
        box.setId("order-approvals");
        order.placedBy().ifPresent(p -> box.add(new Paragraph(getTranslation("order.placed-by", p.name()))));
        if (order.approvalLevels() == 0) {
            return box;
        }
        var when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale()).withZone(SUPPLIER_ZONE);
        for (var approval : order.approvals()) {
            box.add(new Paragraph(getTranslation(approval.approved() ? "order.approval.approved" : "order.approval.rejected", approval.level(),
                    order.approvalLevels(), approval.deciderName(), when.format(approval.at())) + approval.comment().map(c -> ": " + c).orElse("")));
        }
        order.levelAwaitingDecision().ifPresent(level -> {
            // Why it waits and whom to ask: over the purchaser's limit, with the people who may decide this level.
            var waiting = new Paragraph(getTranslation("order.approval.waiting", level, order.approvalLevels()) + " "
                    + getTranslation("order.approval.why"));
            var deciders = approvals.awaitedDeciders(order);
            if (!deciders.isEmpty()) {
                waiting.add(" " + getTranslation("order.approval.who", deciders.size(), String.join(", ", deciders)));
            }
            waiting.setId("order-approval-waiting");
            box.add(waiting);
        });
        return box;
    }

    private Grid<PlacedOrder.Line> lines(PlacedOrder order) {
        Locale locale = getLocale();
        var grid = new Grid<PlacedOrder.Line>();
        grid.setId("order-lines");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.addColumn(PlacedOrder.Line::sku).setHeader(getTranslation("product.sku")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(PlacedOrder.Line::name).setHeader(getTranslation("product.name")).setFlexGrow(3);
        grid.addColumn(l -> l.ordered().text(locale)).setHeader(getTranslation("quick-order.quantity")).setAutoWidth(true);
        grid.addColumn(l -> l.unitPrice().format(locale)).setHeader(getTranslation("product.price")).setAutoWidth(true);
        grid.addColumn(l -> l.total().format(locale)).setHeader(getTranslation("quick-order.line-total")).setAutoWidth(true);
        grid.addColumn(l -> decision(l, locale))
                .setHeader(getTranslation("order.line.decision")).setFlexGrow(2).setPartNameGenerator(l -> l.accepted() && !l.confirmed().reduced() ? null : "problem");
        grid.setItems(order.lines());
        grid.setAllRowsVisible(true);
        return grid;
    }

    /** What the supplier decided on a line: declined, confirmed with less than ordered, promised for a day. */
    private String decision(PlacedOrder.Line line, Locale locale) {
        var parts = new ArrayList<String>();
        line.rejection().ifPresent(reason -> parts.add(getTranslation("order.line.declined", reason)));
        if (line.confirmed().reduced()) {
            parts.add(getTranslation("order.line.reduced", line.asked().text(locale), line.confirmed().reason().orElse("")));
        }
        line.confirmed().promisedFor().ifPresent(day -> parts.add(getTranslation("order.line.promised",
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(day))));
        return String.join(" · ", parts);
    }

    /** What the reader may do with the order now: the supplier moves it on, the buyer cancels or re-orders. */
    private Component actions(PlacedOrder order) {
        var bar = new HorizontalLayout();
        bar.setId("order-actions");
        if (buyer.isPresent()) {
            if (approvals.awaitingMyDecision(buyer.get()).stream().anyMatch(o -> o.id().equals(order.id()))) {
                bar.add(button("order-approve", "approval.approve", ButtonVariant.LUMO_SUCCESS, () -> reasonDialog("approval.approve",
                                comment -> act(() -> approvals.approve(order.id(), comment)))),
                        button("order-reject-approval", "approval.reject", ButtonVariant.LUMO_ERROR, () -> reasonDialog("approval.reject",
                                comment -> act(() -> approvals.reject(order.id(), comment)))));
            }
            if (order.cancellable()) {
                bar.add(button("order-cancel", "order.cancel", ButtonVariant.LUMO_ERROR, () -> reasonDialog("order.cancel", reason ->
                        act(() -> orders.cancel(buyer.get(), order.id(), reason)))));
            }
            bar.add(button("order-again", "order.again", ButtonVariant.LUMO_TERTIARY, () -> orderAgain(order)));
            bar.add(button("order-save-list", "lists.save-order", ButtonVariant.LUMO_TERTIARY,
                    () -> SaveToListDialog.open(savedLists, ChosenLines.of(order))));
            return bar;
        }
        if (order.status().mayBecome(OrderStatus.CONFIRMED)) {
            bar.add(button("order-confirm", "orders.confirm", ButtonVariant.LUMO_PRIMARY, () -> confirmDialog(order)),
                    button("order-reject", "orders.reject", ButtonVariant.LUMO_ERROR, () -> reasonDialog("orders.reject", reason ->
                            act(() -> orders.move(order.id(), OrderStatus.REJECTED, reason)))));
        }
        if (order.status() == OrderStatus.CONFIRMED || order.status() == OrderStatus.PARTLY_SHIPPED) {
            bar.add(button("order-plan", "order.plan", ButtonVariant.LUMO_PRIMARY, () -> planDialog(order)),
                    button("order-combine", "order.combine", ButtonVariant.LUMO_TERTIARY, () -> combineDialog(order)));
        }
        if (order.status().mayBecome(OrderStatus.INVOICED)) {
            bar.add(button("order-invoice", "order.issue-invoice", ButtonVariant.LUMO_PRIMARY, () -> ConfirmStep.ask("order-invoice-confirm",
                    "order.invoice.confirm.title", "order.invoice.confirm.text", "order.issue-invoice", () -> act(() -> orders.invoice(order.id())),
                    order.number(), order.total().format(getLocale()))));
        }
        if (order.status() == OrderStatus.INVOICED) {
            bar.add(button("order-paid", "order.mark-paid", ButtonVariant.LUMO_SUCCESS, () -> reasonDialog("order.mark-paid", reference ->
                    act(() -> orders.recordPayment(order.id(), reference)))));
        }
        return bar;
    }

    private Button button(String id, String label, ButtonVariant variant, Runnable action) {
        var button = new Button(getTranslation(label), e -> action.run());
        button.setId(id);
        button.addThemeVariants(variant);
        return button;
    }

    private void reasonDialog(String action, java.util.function.Consumer<String> then) {
        new ReasonDialog(action, then).open();
    }

    private void confirmDialog(PlacedOrder order) {
        new OrderConfirmationDialog(order, decision -> act(() -> orders.confirm(order.id(), decision.lines(), decision.note()))).open();
    }

    private void planDialog(PlacedOrder order) {
        new DeliveryPlanDialog(order, openQuantities(order), quantities -> deliveryAction(() -> deliveries.plan(order.id(), quantities)))
                .open();
    }

    private void combineDialog(PlacedOrder order) {
        var account = accounts.byId(order.buyerAccount()).orElseThrow();
        List<PlacedOrder> others = new ArrayList<>();
        for (var status : List.of(OrderStatus.CONFIRMED, OrderStatus.PARTLY_SHIPPED)) {
            others.addAll(orders.ofBuyer(account, Optional.of(status), 0, 100));
        }
        others.removeIf(o -> o.id().equals(order.id()));
        new CombinedDeliveryDialog(order, account.buyerCompanyName(), others, picked -> deliveryAction(() -> deliveries.combine(picked)))
                .open();
    }

    private java.util.Map<Integer, Integer> openQuantities(PlacedOrder order) {
        var open = new java.util.HashMap<Integer, Integer>();
        order.lines().stream().filter(PlacedOrder.Line::accepted).forEach(l -> open.put(l.position(), l.quantity()));
        for (var delivery : deliveries.ofOrder(order.id())) {
            delivery.lines().stream().filter(l -> l.order().equals(order.id()))
                    .forEach(l -> open.merge(l.orderLine(), -l.quantity(), Integer::sum));
        }
        return open;
    }

    private Component deliveriesOf(PlacedOrder order) {
        var notes = deliveries.ofOrder(order.id());
        if (notes.isEmpty()) {
            var none = new Paragraph(getTranslation("order.deliveries.none"));
            none.setId("order-deliveries");
            return none;
        }
        var when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale()).withZone(SUPPLIER_ZONE);
        var grid = new Grid<DeliveryNote>();
        grid.setId("order-deliveries");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.addColumn(DeliveryNote::number).setHeader(getTranslation("order.delivery")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(d -> getTranslation("delivery.status." + d.status())).setHeader(getTranslation("orders.status")).setAutoWidth(true);
        grid.addColumn(d -> String.join(", ", d.lines().stream().map(l -> l.quantity() + " × " + l.sku()
                + (l.order().equals(order.id()) ? "" : " (" + l.orderNumber() + ")")).toList()))
                .setHeader(getTranslation("orders.lines")).setFlexGrow(3);
        grid.addColumn(d -> d.trackingNumber().map(t -> d.carrier().map(c -> c + " ").orElse("") + t).orElse(""))
                .setHeader(getTranslation("delivery.tracking")).setAutoWidth(true);
        grid.addColumn(d -> d.shippedAt().map(when::format).orElse("")).setHeader(getTranslation("delivery.shipped-at")).setAutoWidth(true);
        if (buyer.isEmpty()) {
            grid.addComponentColumn(this::deliveryActions).setAutoWidth(true).setFlexGrow(0);
        }
        grid.setItems(notes);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private Component deliveryActions(DeliveryNote delivery) {
        return switch (delivery.status()) {
            case PLANNED -> {
                var ship = new Button(getTranslation("delivery.ship"), VaadinIcon.TRUCK.create(), e -> new ShipmentDialog(delivery,
                        (carrier, tracking) -> deliveryAction(() -> deliveries.ship(delivery.id(), carrier, tracking))).open());
                ship.addClassName("delivery-ship");
                yield ship;
            }
            case SHIPPED -> {
                var delivered = new Button(getTranslation("delivery.delivered"), VaadinIcon.CHECK.create(),
                        e -> ConfirmStep.ask("delivery-delivered-confirm", "delivery.delivered.title", "delivery.delivered.text",
                                "delivery.delivered", () -> deliveryAction(() -> deliveries.deliver(delivery.id())), delivery.number()));
                delivered.addClassName("delivery-delivered");
                yield delivered;
            }
            case DELIVERED -> new Span();
        };
    }

    private Component invoiceOf(PlacedOrder order, PlacedOrder.Invoice invoice) {
        var dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        var text = new Paragraph(getTranslation("order.invoice.due", invoice.number(),
                String.join(", ", invoice.dueDates().stream().map(dates::format).toList())));
        text.setId("order-invoice");
        Locale locale = getLocale();
        var download = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] pdf = invoices.pdf(order, locale);
            return new DownloadResponse(new ByteArrayInputStream(pdf), invoice.number() + ".pdf", "application/pdf", pdf.length);
        }), getTranslation("order.invoice.download"));
        download.setId("order-invoice-download");
        download.getElement().setAttribute("download", true);
        return new Div(text, download);
    }

    private Component timeline(PlacedOrder order, DateTimeFormatter when) {
        var list = new OrderedList();
        list.setId("order-timeline");
        for (var step : order.timeline()) {
            String what = switch (step.kind()) {
                case STATUS -> getTranslation("orders.status." + step.status());
                case PAYMENT_RECEIVED -> getTranslation("order.timeline.paid");
                case PAYMENT_FAILED -> getTranslation("order.timeline.payment-failed");
            };
            list.add(new ListItem(when.format(step.at()) + " — " + what + step.note().map(n -> ": " + n).orElse("")));
        }
        return list;
    }

    /** The order's lines into the cart again, each in the unit it was ordered in. */
    private void orderAgain(PlacedOrder order) {
        var added = carts.addAll(buyer.orElseThrow(), ChosenLines.of(order));
        getUI().ifPresent(ui -> ui.navigate(CartView.class));
        CartNotices.added(added);
    }

    /** Runs a move of the order and shows it again; a refusal is said, and nothing changed. */
    private void act(Supplier<PlacedOrder> move) {
        try {
            var moved = move.get();
            Notification.show(getTranslation("orders.moved", moved.number(), getTranslation("orders.status." + moved.status())), 4000,
                    Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            show(buyer.isPresent() ? moved : moved.asSupplierSees());
        } catch (Orders.IllegalTransition | NotEnoughStock | IllegalArgumentException | ObjectOptimisticLockingFailureException
                 | Approvals.ApprovalRefusal | Orders.ConfirmationRefusal refused) {
            refused(refused);
        }
    }

    private void deliveryAction(Supplier<DeliveryNote> change) {
        try {
            var note = change.get();
            Notification.show(getTranslation("delivery.saved", note.number(), getTranslation("delivery.status." + note.status())), 4000,
                    Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            show(orderAccess.visibleToCaller(orderId).orElseThrow());
        } catch (Deliveries.DeliveryRefusal | ObjectOptimisticLockingFailureException refused) {
            refused(refused);
        }
    }

    private void refused(RuntimeException refused) {
        String text = switch (refused) {
            case ObjectOptimisticLockingFailureException changed -> getTranslation("orders.changed-meanwhile");
            case dev.feira.shared.TranslatedRefusal translated -> getTranslation(translated.key(), translated.arguments());
            default -> refused.getMessage();
        };
        Notification.show(text, 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
        orders.byId(orderId).ifPresent(this::show);
    }

    private static Optional<String> badge(OrderStatus status) {
        return switch (status) {
            case REJECTED, CANCELLED -> Optional.of("error");
            case PAID, DELIVERED -> Optional.of("success");
            case SUBMITTED, AWAITING_APPROVAL -> Optional.of("contrast");
            default -> Optional.empty();
        };
    }
}
