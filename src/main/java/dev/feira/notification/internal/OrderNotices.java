package dev.feira.notification.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import dev.feira.identity.People;
import dev.feira.identity.PortalUser;
import dev.feira.notification.Notice;
import dev.feira.notification.Notifications;
import dev.feira.ordering.ApprovalDecided;
import dev.feira.ordering.ApprovalRequested;
import dev.feira.ordering.DeliveryShipped;
import dev.feira.ordering.OrderPlaced;
import dev.feira.ordering.OrderStatus;
import dev.feira.ordering.OrderStatusChanged;
import dev.feira.ordering.Orders;
import dev.feira.ordering.PlacedOrder;
import dev.feira.shared.TenantContext;
import dev.feira.tenancy.TenantDirectory;
import dev.feira.tenancy.TenantProfile;

/**
 * What buyers hear of their orders: approvers that an order waits for them, purchasers the
 * decision, and the order's confirmation, shipments and invoice. Each notice is sent once per
 * event, however often the event is delivered.
 */
@Component
class OrderNotices {

    private final Notifications notifications;
    private final People people;
    private final Orders orders;
    private final TenantDirectory tenants;

    OrderNotices(Notifications notifications, People people, Orders orders, TenantDirectory tenants) {
        this.notifications = notifications;
        this.people = people;
        this.orders = orders;
        this.tenants = tenants;
    }

    @ApplicationModuleListener
    void on(ApprovalRequested requested) {
        for (UUID approver : requested.approvers()) {
            tell(approver, "approval-requested", List.of(requested.number(), requested.purchaserName(), money(requested.total()),
                    String.valueOf(requested.level()), String.valueOf(requested.levels())), requested.order(),
                    "approval-requested:" + requested.order() + ":" + requested.level());
        }
    }

    @ApplicationModuleListener
    void on(ApprovalDecided decided) {
        String key = !decided.approved() ? "approval-rejected" : decided.level() < decided.levels() ? "approval-step" : "approval-approved";
        tell(decided.purchaser(), key, List.of(decided.number(), decided.deciderName(), decided.comment() == null ? "" : decided.comment()),
                decided.order(), key + ":" + decided.order() + ":" + decided.level());
    }

    @ApplicationModuleListener
    void on(OrderPlaced placed) {
        orders.byId(placed.order()).ifPresent(order -> purchaser(order).ifPresent(purchaser -> tell(purchaser,
                order.status() == OrderStatus.AWAITING_APPROVAL ? "order-awaiting-approval" : "order-placed",
                List.of(order.number(), money(order.total())), order.id(), "order-placed:" + order.id())));
    }

    @ApplicationModuleListener
    void on(OrderStatusChanged changed) {
        String key = switch (changed.to()) {
            case CONFIRMED -> "order-confirmed";
            case REJECTED -> changed.from() == OrderStatus.AWAITING_APPROVAL ? null : "order-rejected"; // an approver's: told as such
            case INVOICED -> "order-invoiced";
            default -> null;
        };
        if (key == null) {
            return;
        }
        orders.byId(changed.order()).ifPresent(order -> purchaser(order).ifPresent(purchaser -> tell(purchaser, key,
                List.of(order.number(), changed.reason() == null ? "" : changed.reason(), money(order.total())), order.id(),
                key + ":" + order.id())));
    }

    @ApplicationModuleListener
    void on(DeliveryShipped shipped) {
        for (UUID orderId : shipped.orders()) {
            orders.byId(orderId).ifPresent(order -> purchaser(order).ifPresent(purchaser -> tell(purchaser, "order-shipped",
                    List.of(order.number(), shipped.number(), (shipped.carrier() == null ? "" : shipped.carrier() + " ") + shipped.trackingNumber()),
                    order.id(), "order-shipped:" + shipped.delivery() + ":" + order.id())));
        }
    }

    private Optional<UUID> purchaser(PlacedOrder order) {
        return order.placedBy().map(PlacedOrder.Purchaser::id);
    }

    private void tell(UUID person, String key, List<String> arguments, UUID order, String dedupeKey) {
        people.person(person).map(PortalUser::username).ifPresent(email -> notifications.send(new Notice(person, email,
                TenantContext.current(), key, arguments, "orders/" + order, dedupeKey + ":" + person)));
    }

    private String money(dev.feira.shared.Money amount) {
        Locale locale = tenants.byId(TenantContext.require()).map(TenantProfile::defaultLocale).orElse(Locale.forLanguageTag("pt-BR"));
        return amount.format(locale);
    }
}
