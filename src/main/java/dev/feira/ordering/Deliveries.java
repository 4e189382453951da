package dev.feira.ordering;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What leaves the supplier's warehouse: an order split into several deliveries, or the open lines
 * of several orders of one buyer combined into one. Shipping a delivery with its tracking number
 * moves its orders to partly shipped or shipped; delivering it, eventually to delivered.
 */
public interface Deliveries {

    /** The deliveries holding lines of an order, oldest first. */
    List<DeliveryNote> ofOrder(UUID order);

    /**
     * Plans a delivery of part of a confirmed order: base units per SKU, each at most what is not
     * yet planned. An empty map plans everything still open.
     *
     * @throws DeliveryRefusal when the order is not confirmed, or a quantity is more than is open
     */
    DeliveryNote plan(UUID order, Map<String, Integer> quantities);

    /**
     * One delivery with everything still open of several confirmed orders of one buyer.
     *
     * @throws DeliveryRefusal when the orders belong to different buyers, or nothing is open
     */
    DeliveryNote combine(Collection<UUID> orders);

    /**
     * The delivery left the warehouse with this carrier and tracking number.
     *
     * @throws DeliveryRefusal when it was shipped already or no tracking number is given
     */
    DeliveryNote ship(UUID delivery, String carrier, String trackingNumber);

    /** The buyer received it. */
    DeliveryNote deliver(UUID delivery);

    /** Plans and ships at once (what an ERP reports through the API): an empty map ships everything open. */
    DeliveryNote shipNow(UUID order, Map<String, Integer> quantities, String carrier, String trackingNumber);

    /** A delivery the orders' state does not allow; nothing was changed. */
    class DeliveryRefusal extends RuntimeException {
        public DeliveryRefusal(String message) {
            super(message);
        }
    }

    /** No such delivery at the current supplier (another supplier's id included). */
    class UnknownDelivery extends DeliveryRefusal {
        public UnknownDelivery(java.util.UUID id) {
            super("No delivery " + id);
        }
    }
}
