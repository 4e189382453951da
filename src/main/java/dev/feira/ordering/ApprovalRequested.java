package dev.feira.ordering;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.feira.shared.Money;
import dev.feira.shared.TenantId;
import dev.feira.shared.TenantScoped;

/**
 * An order over its purchaser's limit waits for an approval at {@code level} of {@code levels};
 * {@code approvers} may give it.
 */
public record ApprovalRequested(TenantId tenant, UUID order, String number, UUID buyerAccount, String purchaserName, Money total,
                                int level, int levels, List<UUID> approvers, Instant at) implements TenantScoped {
}
