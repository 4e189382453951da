package dev.feira.ordering;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.feira.shared.Money;

/** An order as buyers and suppliers see it: the prices, terms and quantities the buyer accepted. */
public record PlacedOrder(UUID id, String number, UUID buyerAccount, OrderStatus status, Money total, String paymentTerms,
                          String freight, int leadTimeDays, Instant placedAt, Optional<String> statusReason, List<Line> lines) {

    public record Line(String sku, String name, String unit, int quantity, Money unitPrice, Money total) {
    }
}
