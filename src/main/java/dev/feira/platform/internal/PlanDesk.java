package dev.feira.platform.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import dev.feira.identity.CatalogAccess;
import dev.feira.identity.CurrentUser;
import dev.feira.identity.PortalUser;
import dev.feira.identity.Role;
import dev.feira.platform.OperatorAudit;
import dev.feira.platform.Plans;
import dev.feira.shared.Money;
import dev.feira.shared.TenantId;
import dev.feira.tenancy.TenantStatus;
import dev.feira.tenancy.TenantStatusChanged;

/** Plans from configuration; each supplier's choice in {@code supplier_plan}; the trial clock starts at go-live. */
@Service
class PlanDesk implements Plans {

    private static final Currency BRL = Currency.getInstance("BRL");

    private final List<Plan> plans;
    private final JdbcClient sql;
    private final CurrentUser current;
    private final CatalogAccess access;
    private final OperatorAudit audit;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;
    /** Counts the choices this instance stored, so figures computed before one are known to be stale. */
    private final java.util.concurrent.atomic.AtomicLong changes = new java.util.concurrent.atomic.AtomicLong();

    PlanDesk(PlanCatalog catalog, JdbcClient sql, CurrentUser current, CatalogAccess access, OperatorAudit audit, Clock clock,
             org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.plans = catalog.plans().stream()
                .map(p -> new Plan(p.code(), p.name(), new Money(p.monthlyFee(), BRL), p.gmvFeePercent(), p.trialDays())).toList();
        this.sql = sql;
        this.current = current;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public List<Plan> all() {
        return plans;
    }

    @Override
    public Optional<Plan> byCode(String code) {
        return plans.stream().filter(p -> p.code().equals(code)).findFirst();
    }

    @Override
    public Optional<SupplierPlan> of(TenantId supplier) {
        if (!isOperator()) {
            requireAdministratorOf(supplier);
        }
        return stored(supplier);
    }

    @Override
    public Optional<SupplierPlan> chosenBy(TenantId supplier) {
        return stored(supplier);
    }

    /** Without a caller's check: for the platform's own figures (operators) and billing. */
    Optional<SupplierPlan> stored(TenantId supplier) {
        record Row(String plan, Instant chosenAt, Optional<Instant> trialEndsAt) {
        }
        return sql.sql("select plan, chosen_at, trial_ends_at from supplier_plan where about_tenant = :tenant")
                .param("tenant", supplier.value())
                .query((rs, n) -> new Row(rs.getString("plan"), rs.getTimestamp("chosen_at").toInstant(),
                        Optional.ofNullable(rs.getTimestamp("trial_ends_at")).map(Timestamp::toInstant)))
                .optional()
                .flatMap(row -> byCode(row.plan()).map(plan -> new SupplierPlan(supplier, plan, row.chosenAt(), row.trialEndsAt())));
    }

    long changes() {
        return changes.get();
    }

    /** Every supplier's plan, in one read (the operators' list and figures). */
    java.util.Map<TenantId, Plan> allChosen() {
        var chosen = new java.util.HashMap<TenantId, Plan>();
        sql.sql("select about_tenant, plan from supplier_plan")
                .query((rs, n) -> java.util.Map.entry(new TenantId(rs.getObject("about_tenant", java.util.UUID.class)), rs.getString("plan")))
                .list().forEach(row -> byCode(row.getValue()).ifPresent(plan -> chosen.put(row.getKey(), plan)));
        return chosen;
    }

    @Override
    @org.springframework.transaction.annotation.Transactional // the choice and its event together
    public SupplierPlan choose(TenantId supplier, String planCode) {
        boolean operator = isOperator();
        if (!operator) {
            requireAdministratorOf(supplier);
        }
        var plan = byCode(planCode).orElseThrow(() -> new IllegalArgumentException("No plan " + planCode));
        var before = stored(supplier);
        Instant now = clock.instant();
        String by = current.get().map(PortalUser::username).orElse("system");
        sql.sql("""
                        insert into supplier_plan (about_tenant, plan, chosen_at, chosen_by) values (:tenant, :plan, :now, :by)
                        on conflict (about_tenant) do update set plan = excluded.plan, chosen_at = excluded.chosen_at, chosen_by = excluded.chosen_by""")
                .param("tenant", supplier.value()).param("plan", plan.code()).param("now", Timestamp.from(now)).param("by", by).update();
        changes.incrementAndGet();
        events.publishEvent(new dev.feira.platform.PlanChosen(supplier, plan.code(), by));
        if (operator) {
            audit.record("plan.change", Optional.of(supplier), before.map(p -> p.plan().code()).orElse("none") + " → " + plan.code());
        }
        return stored(supplier).orElseThrow();
    }

    /** The trial starts when the portal goes live, for as long as its plan gives. */
    @ApplicationModuleListener
    void on(TenantStatusChanged changed) {
        if (changed.to() != TenantStatus.TRIAL) {
            return;
        }
        stored(changed.tenant()).ifPresent(chosen -> sql.sql("""
                        update supplier_plan set trial_ends_at = :ends where about_tenant = :tenant and trial_ends_at is null""")
                .param("ends", Timestamp.from(changed.at().plus(Duration.ofDays(chosen.plan().trialDays()))))
                .param("tenant", changed.tenant().value()).update());
    }

    private boolean isOperator() {
        return current.get().filter(u -> u.has(Role.PLATFORM_OPERATOR)).isPresent();
    }

    private void requireAdministratorOf(TenantId supplier) {
        if (!access.requireAdministrator().id().equals(supplier)) {
            throw new AccessDeniedException("A supplier's plan is its admins' and the operators'");
        }
    }
}
