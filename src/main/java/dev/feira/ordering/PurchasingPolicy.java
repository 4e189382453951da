package dev.feira.ordering;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.feira.identity.PortalUser;
import dev.feira.identity.Role;

/**
 * A buyer company's rules for spending, set by its buyer admin: each purchaser's limits per order
 * and per month (across all suppliers), and the approval levels an order over its purchaser's
 * limit must pass, by amount. Reading the limits and setting either is for the company's buyer admin (or an
 * operator); anybody else gets an {@code AccessDeniedException}.
 */
public interface PurchasingPolicy {

    /** Everyone of the company with their limits (empty: no limit) and what they spent this month. */
    List<PurchaserLimits> limits(UUID buyerCompany);

    /**
     * @throws IllegalArgumentException when the person is not of the company or a limit is negative
     */
    void setLimits(UUID buyerCompany, UUID person, BigDecimal perOrder, BigDecimal perMonth);

    /** The company's approval levels, lowest amount first; with none set, one level by an approver from any amount. */
    List<ApprovalLevel> levels(UUID buyerCompany);

    /**
     * Replaces the company's approval levels (none: back to one level by an approver).
     *
     * @throws IllegalArgumentException when the levels are not in rising amounts or the first is not from 0
     */
    void setLevels(UUID buyerCompany, List<ApprovalLevel> levels);

    record PurchaserLimits(PortalUser person, Optional<BigDecimal> perOrder, Optional<BigDecimal> perMonth, BigDecimal spentThisMonth) {
    }

    /** From this amount on, an order over its purchaser's limit also needs a person with this role to approve it. */
    record ApprovalLevel(BigDecimal fromAmount, Role approverRole) {
    }
}
