package dev.feira.ordering;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.feira.shared.TenantId;
import dev.feira.shared.TenantScoped;

/** A delivery left the supplier's warehouse; buyers and their systems want the tracking number. */
public record DeliveryShipped(TenantId tenant, UUID delivery, String number, UUID buyerAccount, List<UUID> orders, String carrier,
                              String trackingNumber, Instant at) implements TenantScoped {
}
