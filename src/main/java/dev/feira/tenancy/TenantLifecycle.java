package dev.feira.tenancy;

import dev.feira.shared.TenantId;

/**
 * The platform operators' hold on a tenant: suspend it (its portal and API stop answering, nothing is deleted) and
 * reactivate it, each with a reason that goes into the operators' audit log ({@link TenantStatusChanged}).
 */
public interface TenantLifecycle {

    /**
     * @throws org.springframework.security.access.AccessDeniedException for anybody but a platform operator
     * @throws IllegalArgumentException without a reason, or for an unknown tenant
     * @throws IllegalStateException when the tenant cannot be suspended from where it stands
     */
    TenantProfile suspend(TenantId tenant, String reason);

    /** Back to active. Same refusals as {@link #suspend}. */
    TenantProfile reactivate(TenantId tenant, String reason);

    /**
     * Follows the supplier's subscription to Feira — trial over (active), an invoice unpaid (past due), unpaid past the
     * grace period (suspended), paid (active again) — for platform billing, which has no operator behind it: recorded
     * as by {@code "billing"}. Nothing happens when the tenant stands there already, or was cancelled.
     *
     * @throws IllegalArgumentException for a status billing does not set (onboarding, trial, cancelled)
     */
    TenantProfile followBilling(TenantId tenant, dev.feira.tenancy.TenantStatus to, String reason);

    /** Closed for good (its data stays, its host answers that the store has left). Same refusals as {@link #suspend}. */
    TenantProfile cancel(TenantId tenant, String reason);
}
