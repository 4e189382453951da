package dev.feira.ordering;

import java.time.Instant;
import java.util.UUID;

import dev.feira.pricing.TradeTerms.PaymentMethod;
import dev.feira.shared.Money;
import dev.feira.shared.TenantId;
import dev.feira.shared.TenantScoped;

/** A buyer placed an order from its cart, to pay by {@code paymentMethod}. */
public record OrderPlaced(TenantId tenant, UUID order, String number, UUID buyerAccount, UUID cart, Money total,
                          PaymentMethod paymentMethod, Instant at)
        implements TenantScoped {
}
