package dev.feira.ordering.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.feira.ordering.Deliveries;
import dev.feira.ordering.Deliveries.UnknownDelivery;
import dev.feira.ordering.DeliveryNote;
import dev.feira.ordering.DeliveryShipped;
import dev.feira.ordering.OrderStatus;
import dev.feira.ordering.PlacedOrder;
import dev.feira.shared.TenantContext;

/**
 * Deliveries planned from confirmed orders and shipped. What is "open" of an order line is what the
 * supplier accepted minus what any delivery already holds, so no unit is planned twice.
 */
@Service
@Transactional
class DeliveryDesk implements Deliveries {

    /** Orders whose goods may still be planned: confirmed, and not everything left yet. */
    private static final Set<OrderStatus> DELIVERABLE = EnumSet.of(OrderStatus.CONFIRMED, OrderStatus.PARTLY_SHIPPED);

    private final DeliveryStore deliveries;
    private final OrderStore orders;
    private final OrderDesk orderDesk;
    private final ApplicationEventPublisher events;

    DeliveryDesk(DeliveryStore deliveries, OrderStore orders, OrderDesk orderDesk, ApplicationEventPublisher events) {
        this.deliveries = deliveries;
        this.orders = orders;
        this.orderDesk = orderDesk;
        this.events = events;
    }

    @Override
    @Transactional(readOnly = true)
    public List<DeliveryNote> ofOrder(UUID order) {
        return deliveries.ofOrder(order).stream().map(Delivery::toNote).toList();
    }

    @Override
    public DeliveryNote plan(UUID orderId, Map<String, Integer> quantities) {
        PurchaseOrder order = deliverable(orderId);
        var delivery = new Delivery(nextNumber(), order.buyerAccountId());
        var open = open(order);
        if (quantities.isEmpty()) {
            addOpenLines(delivery, order, open);
        }
        quantities.forEach((sku, quantity) -> {
            var line = order.acceptedLine(sku).orElseThrow(() -> new DeliveryRefusal(order.number() + " has no accepted line " + sku));
            int stillOpen = open.getOrDefault(line.position(), 0);
            if (quantity == null || quantity < 1 || quantity > stillOpen) {
                throw new DeliveryRefusal("%s of %s: %d %s open, %s asked".formatted(sku, order.number(), stillOpen, line.unit(), quantity));
            }
            delivery.add(orderId, order.number(), line.position(), sku, quantity);
        });
        return planned(delivery);
    }

    @Override
    public DeliveryNote combine(Collection<UUID> orderIds) {
        var unique = new LinkedHashSet<>(orderIds);
        if (unique.isEmpty()) {
            throw new DeliveryRefusal("Pick the orders to deliver together");
        }
        List<PurchaseOrder> picked = unique.stream().map(this::deliverable).toList();
        if (picked.stream().map(PurchaseOrder::buyerAccountId).distinct().count() > 1) {
            throw new DeliveryRefusal("Only orders of one buyer travel in one delivery");
        }
        var delivery = new Delivery(nextNumber(), picked.getFirst().buyerAccountId());
        picked.forEach(order -> addOpenLines(delivery, order, open(order)));
        return planned(delivery);
    }

    @Override
    public DeliveryNote ship(UUID id, String carrier, String trackingNumber) {
        Delivery delivery = deliveries.findById(id).orElseThrow(() -> new UnknownDelivery(id));
        delivery.ship(carrier, trackingNumber);
        delivery = deliveries.save(delivery);
        String note = delivery.number() + " · " + (carrier == null || carrier.isBlank() ? "" : carrier.strip() + " ") + trackingNumber.strip();
        for (UUID orderId : delivery.orders()) {
            PurchaseOrder order = orders.findById(orderId).orElseThrow();
            var all = deliveries.ofOrder(orderId);
            boolean everything = order.quantitiesToDeliver().entrySet().stream()
                    .allMatch(line -> all.stream().filter(Delivery::hasLeft).mapToInt(d -> d.quantityOf(orderId, line.getKey())).sum()
                            >= line.getValue());
            orderDesk.moved(order, order.shipped(everything, note), note);
        }
        events.publishEvent(new DeliveryShipped(TenantContext.require(), delivery.getId(), delivery.number(), delivery.buyerAccountId(),
                delivery.orders(), delivery.toNote().carrier().orElse(null), trackingNumber.strip(), Instant.now()));
        return delivery.toNote();
    }

    @Override
    public DeliveryNote deliver(UUID id) {
        Delivery delivery = deliveries.findById(id).orElseThrow(() -> new UnknownDelivery(id));
        delivery.deliver();
        delivery = deliveries.save(delivery);
        for (UUID orderId : delivery.orders()) {
            PurchaseOrder order = orders.findById(orderId).orElseThrow();
            if (order.status() == OrderStatus.SHIPPED && deliveries.ofOrder(orderId).stream().allMatch(Delivery::isDelivered)) {
                orderDesk.moved(order, order.move(OrderStatus.DELIVERED, delivery.number()), delivery.number());
            }
        }
        return delivery.toNote();
    }

    @Override
    public DeliveryNote shipNow(UUID order, Map<String, Integer> quantities, String carrier, String trackingNumber) {
        if (trackingNumber == null || trackingNumber.isBlank()) {
            throw new DeliveryRefusal("A tracking number is required");
        }
        return ship(plan(order, quantities).id(), carrier, trackingNumber);
    }

    private PurchaseOrder deliverable(UUID id) {
        PurchaseOrder order = orders.findById(id).orElseThrow(() -> new DeliveryRefusal("No order " + id));
        if (!DELIVERABLE.contains(order.status())) {
            throw new DeliveryRefusal("Order " + order.number() + " is " + order.status() + "; only confirmed orders are delivered");
        }
        return order;
    }

    /** Base units per line position not yet in any delivery. */
    private Map<Integer, Integer> open(PurchaseOrder order) {
        var open = new java.util.HashMap<>(order.quantitiesToDeliver());
        for (Delivery delivery : deliveries.ofOrder(order.getId())) {
            open.replaceAll((line, quantity) -> quantity - delivery.quantityOf(order.getId(), line));
        }
        open.values().removeIf(quantity -> quantity <= 0);
        return open;
    }

    private void addOpenLines(Delivery delivery, PurchaseOrder order, Map<Integer, Integer> open) {
        PlacedOrder placed = order.toPlacedOrder();
        placed.lines().stream().filter(l -> open.containsKey(l.position()))
                .forEach(l -> delivery.add(order.getId(), order.number(), l.position(), l.sku(), open.get(l.position())));
    }

    private DeliveryNote planned(Delivery delivery) {
        if (delivery.toNote().lines().isEmpty()) {
            throw new DeliveryRefusal("Nothing is left to deliver");
        }
        return deliveries.save(delivery).toNote();
    }

    private String nextNumber() {
        return "ENT-%06d".formatted(orders.nextNumber("DELIVERY"));
    }
}
