package dev.feira.ordering;

import java.time.Instant;
import java.util.UUID;

import dev.feira.shared.Money;
import dev.feira.shared.TenantId;
import dev.feira.shared.TenantScoped;

/** A buyer placed an order from its cart. */
public record OrderPlaced(TenantId tenant, UUID order, String number, UUID buyerAccount, UUID cart, Money total, Instant at)
        implements TenantScoped {
}
