package dev.feira.ordering;

import java.time.Instant;
import java.util.UUID;

import dev.feira.shared.TenantId;
import dev.feira.shared.TenantScoped;

/**
 * An approver decided on an order awaiting approval. {@code approved} with {@code level <
 * levels} means the next level is asked next (see {@link ApprovalRequested}).
 *
 * @param purchaser who placed the order, to be told
 */
public record ApprovalDecided(TenantId tenant, UUID order, String number, UUID purchaser, String deciderName, boolean approved,
                              String comment, int level, int levels, Instant at) implements TenantScoped {
}
