package dev.feira.platform.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import dev.feira.platform.TenantOverview;
import dev.feira.shared.Money;
import dev.feira.shared.TenantId;
import dev.feira.tenancy.PlatformOperators;
import dev.feira.tenancy.TenantDirectory;
import dev.feira.tenancy.TenantProfile;
import dev.feira.tenancy.TenantStatus;

/**
 * Tenants with their activity. The 30 days' figures are one aggregate over the sales ledger, kept until this instance
 * records a sale, or a minute (sales recorded by other instances): a lazily paged grid asks for page after page. Filtering and
 * sorting run in memory over the tenant list (10,000 tenants are a few milliseconds).
 */
@Service
class TenantOverviewDesk implements TenantOverview {

    private static final Duration FRESH_FOR = Duration.ofMinutes(1);
    private static final ZoneId BRAZIL = ZoneId.of("America/Sao_Paulo");
    private static final Currency BRL = Currency.getInstance("BRL");

    private final TenantDirectory tenants;
    private final SalesLedger ledger;
    private final PlanDesk plans;
    private final PlatformOperators operators;
    private final JdbcClient sql;
    private final Clock clock;
    private volatile Snapshot snapshot;

    TenantOverviewDesk(TenantDirectory tenants, SalesLedger ledger, PlanDesk plans, PlatformOperators operators, JdbcClient sql, Clock clock) {
        this.tenants = tenants;
        this.plans = plans;
        this.ledger = ledger;
        this.operators = operators;
        this.sql = sql;
        this.clock = clock;
    }

    @Override
    public List<TenantSummary> find(TenantFilter filter, int offset, int limit) {
        operators.requireOperator();
        return matching(filter).skip(offset).limit(limit).toList();
    }

    @Override
    public int count(TenantFilter filter) {
        operators.requireOperator();
        return (int) matching(filter).count();
    }

    @Override
    public Optional<TenantSummary> of(TenantId tenant) {
        operators.requireOperator();
        var taken = snapshot();
        return tenants.byId(tenant).map(t -> summary(t, taken));
    }

    @Override
    public PlatformFigures figures() {
        operators.requireOperator();
        Instant now = clock.instant();
        var all = tenants.all();
        var taken = snapshot();
        var activity = taken.activity().values();
        Money gmv = new Money(activity.stream().filter(a -> currencyOf(a.tenant()).equals(BRL)).map(SalesLedger.Activity::gmv)
                .reduce(BigDecimal.ZERO, BigDecimal::add), BRL);
        long orders = activity.stream().mapToLong(SalesLedger.Activity::orders).sum();
        var byStatus = new EnumMap<TenantStatus, Long>(TenantStatus.class);
        for (TenantStatus status : TenantStatus.values()) {
            byStatus.put(status, all.stream().filter(t -> t.status() == status).count());
        }
        long churned = sql.sql("""
                        select count(distinct about_tenant) from operator_audit where action = 'tenant.cancelled' and at >= :from""")
                .param("from", Timestamp.from(now.minus(Duration.ofDays(WINDOW_DAYS)))).query(Long.class).single();

        LocalDate thisMonday = LocalDate.ofInstant(now, BRAZIL).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate firstMonday = thisMonday.minusWeeks(11);
        Map<LocalDate, SalesLedger.Week> sales = ledger.weekly(firstMonday.atStartOfDay(BRAZIL).toInstant(), "BRL").stream()
                .collect(Collectors.toMap(SalesLedger.Week::monday, Function.identity()));
        Map<LocalDate, Long> openedPerWeek = all.stream().filter(t -> t.openedAt() != null && !t.openedAt().isBefore(
                        firstMonday.atStartOfDay(BRAZIL).toInstant()))
                .collect(Collectors.groupingBy(t -> LocalDate.ofInstant(t.openedAt(), BRAZIL).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)),
                        Collectors.counting()));
        var weeks = new ArrayList<WeekFigures>();
        for (LocalDate monday = firstMonday; !monday.isAfter(thisMonday); monday = monday.plusWeeks(1)) {
            var sold = sales.get(monday);
            weeks.add(new WeekFigures(monday, openedPerWeek.getOrDefault(monday, 0L), sold == null ? 0 : sold.orders(),
                    sold == null ? new Money(BigDecimal.ZERO, BRL) : sold.gmv()));
        }
        BigDecimal mrr = all.stream().filter(t -> t.status() == TenantStatus.ACTIVE || t.status() == TenantStatus.PAST_DUE)
                .map(t -> taken.plans().get(t.id())).filter(java.util.Objects::nonNull).map(p -> p.monthlyFee().amount())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal gmvFees = activity.stream().filter(a -> taken.plans().containsKey(a.tenant()))
                .map(a -> a.invoiced().multiply(taken.plans().get(a.tenant()).gmvFeePercent()).movePointLeft(2))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal takeRate = gmv.amount().signum() == 0 ? BigDecimal.ZERO
                : mrr.add(gmvFees).multiply(BigDecimal.valueOf(100)).divide(gmv.amount(), 2, java.math.RoundingMode.HALF_UP);
        var byPlan = new java.util.LinkedHashMap<String, Long>();
        plans.all().forEach(p -> byPlan.put(p.name(), taken.plans().values().stream().filter(p::equals).count()));
        return new PlatformFigures(gmv, orders, activity.size(), byStatus, churned, List.copyOf(weeks), new Money(mrr, BRL),
                new Money(gmvFees, BRL), takeRate, byPlan);
    }

    private Stream<TenantSummary> matching(TenantFilter filter) {
        var taken = snapshot();
        String text = filter.text() == null ? "" : filter.text().strip().toLowerCase(Locale.ROOT);
        return tenants.all().stream()
                .filter(t -> filter.statuses() == null || filter.statuses().isEmpty() || filter.statuses().contains(t.status()))
                .filter(t -> text.isEmpty() || t.name().toLowerCase(Locale.ROOT).contains(text) || t.slug().contains(text)
                        || t.hosts().stream().anyMatch(h -> h.contains(text))
                        || (text.replaceAll("\\D", "").length() >= 8 && tenants.legalEntity(t.id())
                        .filter(l -> l.cnpj().contains(text.replaceAll("[^0-9a-z]", "").toUpperCase(Locale.ROOT))).isPresent()))
                .map(t -> summary(t, taken))
                .sorted(order(filter.order()));
    }

    private static Comparator<TenantSummary> order(Order order) {
        Comparator<TenantSummary> byName = Comparator.comparing(s -> s.tenant().name(), String.CASE_INSENSITIVE_ORDER);
        return switch (order == null ? Order.NAME : order) {
            case NAME -> byName;
            case GMV -> Comparator.comparing((TenantSummary s) -> s.gmv().amount()).reversed().thenComparing(byName);
            case NEWEST -> Comparator.comparing((TenantSummary s) -> s.tenant().openedAt(), Comparator.nullsLast(Comparator.reverseOrder()))
                    .thenComparing(byName);
            case LAST_ACTIVITY -> Comparator.comparing(TenantSummary::lastActivity, Comparator.nullsLast(Comparator.reverseOrder()))
                    .thenComparing(byName);
        };
    }

    private static TenantSummary summary(TenantProfile tenant, Snapshot taken) {
        var sold = taken.activity().get(tenant.id());
        Money gmv = new Money(sold == null ? BigDecimal.ZERO : sold.gmv(), tenant.currency());
        Instant last = sold != null ? sold.lastOrder() : tenant.openedAt();
        return new TenantSummary(tenant, Optional.ofNullable(taken.plans().get(tenant.id())).map(dev.feira.platform.Plans.Plan::name),
                sold == null ? 0 : sold.orders(), gmv, sold == null ? 0 : sold.buyers(), last);
    }

    private Currency currencyOf(TenantId tenant) {
        return tenants.byId(tenant).map(TenantProfile::currency).orElse(BRL);
    }

    private Snapshot snapshot() {
        Instant now = clock.instant();
        var current = snapshot;
        long sales = ledger.recorded() + plans.changes();
        if (current == null || current.sales() != sales || current.taken().plus(FRESH_FOR).isBefore(now) || current.taken().isAfter(now)) {
            current = new Snapshot(now, sales, ledger.since(now.minus(Duration.ofDays(WINDOW_DAYS))), plans.allChosen());
            snapshot = current;
        }
        return current;
    }

    private record Snapshot(Instant taken, long sales, Map<TenantId, SalesLedger.Activity> activity,
                            Map<TenantId, dev.feira.platform.Plans.Plan> plans) {
    }
}
