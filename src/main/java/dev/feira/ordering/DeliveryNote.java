package dev.feira.ordering;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A delivery as the supplier's dispatch and the buyer see it. */
public record DeliveryNote(UUID id, String number, UUID buyerAccount, Status status, Optional<String> carrier,
                           Optional<String> trackingNumber, Instant plannedAt, Optional<Instant> shippedAt,
                           Optional<Instant> deliveredAt, List<Line> lines) {

    public enum Status { PLANNED, SHIPPED, DELIVERED }

    /** Base units of one order line in this delivery. */
    public record Line(UUID order, String orderNumber, int orderLine, String sku, int quantity) {
    }
}
