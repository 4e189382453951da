package dev.feira.platform;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import dev.feira.shared.Money;
import dev.feira.shared.TenantId;

/**
 * Feira's plans (Básico, Profissional, Enterprise: a monthly fee plus a fee in percent on the GMV of orders paid
 * outside Stripe, after a trial) and which one each supplier is on. A supplier's admin chooses during onboarding (on
 * its own host); operators change it any time (recorded in their audit log). The trial starts when the portal goes live.
 */
public interface Plans {

    List<Plan> all();

    Optional<Plan> byCode(String code);

    /** The current supplier's plan, for its admins; any supplier's, for operators. */
    Optional<SupplierPlan> of(TenantId supplier);

    /** A supplier's plan without a caller's check: for platform billing, which acts on Stripe's and the clock's behalf. */
    Optional<SupplierPlan> chosenBy(TenantId supplier);

    /**
     * @throws org.springframework.security.access.AccessDeniedException for anybody but the supplier's admins (on its host)
     *                                                                    and operators
     * @throws IllegalArgumentException for an unknown plan
     */
    SupplierPlan choose(TenantId supplier, String planCode);

    /** The fees a month of a supplier's turnover comes to on a plan: the fee plus its share of the GMV. */
    record Plan(String code, String name, Money monthlyFee, BigDecimal gmvFeePercent, int trialDays) {
    }

    /** @param trialEndsAt set when the portal goes live */
    record SupplierPlan(TenantId supplier, Plan plan, Instant chosenAt, Optional<Instant> trialEndsAt) {
    }
}
