package dev.feira.platform;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.feira.shared.Money;
import dev.feira.shared.TenantId;
import dev.feira.tenancy.TenantProfile;
import dev.feira.tenancy.TenantStatus;

/**
 * The operators' view of the marketplace's business: every tenant with its last 30 days (orders, GMV, active buyers,
 * last activity), filtered and sorted, one page at a time; and the platform's figures for the dashboard. Operators only.
 */
public interface TenantOverview {

    int WINDOW_DAYS = 30;

    List<TenantSummary> find(TenantFilter filter, int offset, int limit);

    int count(TenantFilter filter);

    Optional<TenantSummary> of(TenantId tenant);

    PlatformFigures figures();

    /** @param text matches name, slug, host or CNPJ; empty: all. @param statuses empty: all */
    record TenantFilter(String text, Set<TenantStatus> statuses, Order order) {

        public static TenantFilter all() {
            return new TenantFilter("", Set.of(), Order.NAME);
        }
    }

    enum Order { NAME, GMV, NEWEST, LAST_ACTIVITY }

    /** @param lastActivity the last order, else when the portal was opened. @param plan the plan's name, if chosen */
    record TenantSummary(TenantProfile tenant, Optional<String> plan, long orders, Money gmv, long activeBuyers, Instant lastActivity) {
    }

    /**
     * @param gmv         the last 30 days' turnover in BRL (orders neither rejected nor cancelled)
     * @param churned     tenants cancelled in the last 30 days
     * @param weeks       the last 12 weeks, oldest first
     * @param mrr         the monthly fees of the suppliers past their trial (active or past due)
     * @param gmvFees     the plans' fees on the last 30 days' GMV paid outside Stripe
     * @param takeRate    what Feira earns on the GMV, in percent: (MRR + GMV fees) / GMV; zero without GMV
     */
    record PlatformFigures(Money gmv, long orders, long sellingTenants, Map<TenantStatus, Long> byStatus, long churned,
                           List<WeekFigures> weeks, Money mrr, Money gmvFees, java.math.BigDecimal takeRate, Map<String, Long> byPlan) {
    }

    record WeekFigures(LocalDate monday, long newTenants, long orders, Money gmv) {
    }
}
