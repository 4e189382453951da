package dev.feira.recovery.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.feira.catalog.Catalog;
import dev.feira.identity.People;
import dev.feira.identity.PortalUser;
import dev.feira.recovery.RecoveryMetrics;
import dev.feira.shared.Money;
import dev.feira.shared.TenantContext;
import dev.feira.tenancy.TenantDirectory;

/**
 * The recovery dashboard's figures, computed in the database over the supplier's cart rounds,
 * watches and alerts. Idle means no activity for 48 hours; abandoned, for 7 days (B2B carts wait
 * for approvals and budgets: days, not the retail hours).
 */
@Service
@Transactional(readOnly = true)
class MetricsDesk implements RecoveryMetrics {

    private static final String IDLE = "interval '48 hours'";
    private static final String ABANDONED = "interval '7 days'";
    /** The filters every query takes; an absent one matches everything. */
    private static final String ROUND_FILTER = """
            (cast(:rep as uuid) is null or sales_rep_id = cast(:rep as uuid))
            and (cast(:category as varchar) is null or customer_category = cast(:category as varchar))""";
    private static final String ALERT_FILTER = ROUND_FILTER + " and (cast(:rule as uuid) is null or rule_id = cast(:rule as uuid))";

    private final JdbcClient sql;
    private final Viewer viewer;
    private final People people;
    private final Catalog catalog;
    private final TenantDirectory tenants;
    private final Clock clock;

    MetricsDesk(JdbcClient sql, Viewer viewer, People people, Catalog catalog, TenantDirectory tenants, Clock clock) {
        this.sql = sql;
        this.viewer = viewer;
        this.people = people;
        this.catalog = catalog;
        this.tenants = tenants;
        this.clock = clock;
    }

    @Override
    public Report report(Filter asked) {
        // A rep sees their own accounts, whatever rep the filter names.
        var filter = viewer.rep().map(me -> new Filter(asked.from(), asked.to(), Optional.of(me), asked.customerCategory(), asked.rule()))
                .orElse(asked);
        Currency currency = tenants.byId(TenantContext.require()).orElseThrow().currency();
        return new Report(filter, summary(filter, currency), reps(filter, currency), buyers(filter, currency), stalled(filter),
                days(filter, currency));
    }

    @Override
    public byte[] workbook(Filter filter, Locale locale) {
        return MetricsWorkbook.of(report(filter), locale);
    }

    private Summary summary(Filter f, Currency currency) {
        var rounds = params(sql.sql("""
                select count(*) as started, count(*) filter (where outcome = 'ORDERED') as converted,
                       avg(extract(epoch from ended_at - started_at)) filter (where outcome = 'ORDERED') as to_conversion,
                       avg(value) as average_value
                from cart_round where tenant_id = :tenant and started_at >= :from and started_at < :to and %s""".formatted(ROUND_FILTER)), f)
                .query((rs, n) -> new Object[] {rs.getLong("started"), rs.getLong("converted"), seconds(rs, "to_conversion"),
                        rs.getBigDecimal("average_value")}).single();
        var now = CartRounds.utc(clock.instant());
        var state = params(sql.sql("""
                select count(*) filter (where last_activity_at > :now - %1$s) as active,
                       count(*) filter (where last_activity_at <= :now - %1$s and last_activity_at > :now - %2$s) as idle,
                       count(*) filter (where last_activity_at <= :now - %2$s) as abandoned
                from cart_watch where tenant_id = :tenant and state in ('OPEN', 'CHECKOUT_STARTED', 'AWAITING_APPROVAL') and lines > 0
                  and %3$s""".formatted(IDLE, ABANDONED, ROUND_FILTER)), f).param("now", now)
                .query((rs, n) -> new long[] {rs.getLong("active"), rs.getLong("idle"), rs.getLong("abandoned")}).single();
        var alerts = params(sql.sql("""
                select count(*) as alerts, count(*) filter (where status = 'RECOVERED') as recovered,
                       count(*) filter (where status = 'LOST') as lost,
                       avg(extract(epoch from first_contact_at - raised_at)) filter (where first_contact_at is not null) as response,
                       coalesce(sum(recovered_value), 0) as value_recovered,
                       avg(extract(epoch from closed_at - raised_at)) filter (where recovered_order_id is not null and closed_at >= raised_at)
                           as alert_to_order
                from recovery_alert where tenant_id = :tenant and raised_at >= :from and raised_at < :to and %s""".formatted(ALERT_FILTER)), f)
                .query((rs, n) -> new Object[] {rs.getLong("alerts"), rs.getLong("recovered"), rs.getLong("lost"), seconds(rs, "response"),
                        rs.getBigDecimal("value_recovered"), seconds(rs, "alert_to_order")}).single();
        long started = (long) rounds[0];
        long converted = (long) rounds[1];
        long raised = (long) alerts[0];
        long recovered = (long) alerts[1];
        return new Summary(started, converted, rate(converted, started), duration(rounds[2]),
                Optional.ofNullable((BigDecimal) rounds[3]).map(v -> money(v, currency)), state[0], state[1], state[2], raised, recovered,
                (long) alerts[2], rate(recovered, raised), duration(alerts[3]), money((BigDecimal) alerts[4], currency), duration(alerts[5]));
    }

    private List<RepRow> reps(Filter f, Currency currency) {
        var now = CartRounds.utc(clock.instant());
        return params(sql.sql("""
                select sales_rep_id, count(*) as alerts, count(first_contact_at) as contacted,
                       avg(extract(epoch from first_contact_at - raised_at)) filter (where first_contact_at is not null) as response,
                       count(*) filter (where first_contact_at is null and respond_by < :now and status in ('OPEN', 'ACKNOWLEDGED')) as overdue,
                       count(*) filter (where status = 'RECOVERED') as recovered, coalesce(sum(recovered_value), 0) as value_recovered
                from recovery_alert where tenant_id = :tenant and raised_at >= :from and raised_at < :to and %s
                group by sales_rep_id order by alerts desc""".formatted(ALERT_FILTER)), f).param("now", now)
                .query((rs, n) -> {
                    var rep = Optional.ofNullable(rs.getObject("sales_rep_id", UUID.class));
                    return new RepRow(rep, rep.flatMap(people::person).map(PortalUser::displayName).orElse("—"), rs.getLong("alerts"),
                            rs.getLong("contacted"), duration(seconds(rs, "response")), rs.getLong("overdue"), rs.getLong("recovered"),
                            money(rs.getBigDecimal("value_recovered"), currency));
                }).list();
    }

    private List<BuyerRow> buyers(Filter f, Currency currency) {
        return params(sql.sql("""
                select buyer_account_id, account_number, buyer_name, count(*) as alerts, avg(value) as average_value,
                       max(value) as highest_value, count(*) filter (where status = 'RECOVERED') as recovered,
                       count(*) filter (where status = 'LOST') as lost
                from recovery_alert where tenant_id = :tenant and raised_at >= :from and raised_at < :to and %s
                group by buyer_account_id, account_number, buyer_name order by alerts desc, highest_value desc limit 100""".formatted(ALERT_FILTER)), f)
                .query((rs, n) -> new BuyerRow(rs.getObject("buyer_account_id", UUID.class), rs.getString("account_number"),
                        rs.getString("buyer_name"), rs.getLong("alerts"), money(rs.getBigDecimal("average_value"), currency),
                        money(rs.getBigDecimal("highest_value"), currency), rs.getLong("recovered"), rs.getLong("lost")))
                .list();
    }

    /** Products in the most idle open carts now: the period does not apply, the cart's state does. */
    private List<StalledItem> stalled(Filter f) {
        var now = CartRounds.utc(clock.instant());
        return params(sql.sql("""
                select i.sku, count(*) as carts from cart_item i join cart_watch w on w.cart_id = i.cart_id
                where w.tenant_id = :tenant and w.state in ('OPEN', 'CHECKOUT_STARTED', 'AWAITING_APPROVAL')
                  and w.last_activity_at <= :now - %s and %s
                group by i.sku having count(*) > 1 order by carts desc, i.sku limit 20""".formatted(CartWatches.STALLED_AFTER, ROUND_FILTER.replace("sales_rep_id",
                "w.sales_rep_id").replace("customer_category", "w.customer_category"))), f).param("now", now)
                .query((rs, n) -> new Object[] {rs.getString("sku"), rs.getLong("carts")}).list().stream()
                .map(row -> new StalledItem((String) row[0], catalog.bySku((String) row[0]).map(p -> p.name()).orElse(""), (long) row[1]))
                .toList();
    }

    private List<Day> days(Filter f, Currency currency) {
        return params(sql.sql("""
                select cast(raised_at at time zone 'America/Sao_Paulo' as date) as day, count(*) as alerts,
                       count(*) filter (where status = 'RECOVERED') as recovered, coalesce(sum(recovered_value), 0) as value_recovered
                from recovery_alert where tenant_id = :tenant and raised_at >= :from and raised_at < :to and %s
                group by 1 order by 1""".formatted(ALERT_FILTER)), f)
                .query((rs, n) -> new Day(rs.getObject("day", java.time.LocalDate.class), rs.getLong("alerts"), rs.getLong("recovered"),
                        money(rs.getBigDecimal("value_recovered"), currency)))
                .list();
    }

    private static JdbcClient.StatementSpec params(JdbcClient.StatementSpec statement, Filter f) {
        return statement.param("tenant", TenantContext.require().value()).param("from", CartRounds.utc(f.from()))
                .param("to", CartRounds.utc(f.to())).param("rep", f.rep().orElse(null)).param("category", f.customerCategory().orElse(null))
                .param("rule", f.rule().orElse(null));
    }

    private static Double seconds(ResultSet rs, String column) throws SQLException {
        var value = rs.getBigDecimal(column);
        return value == null ? null : value.doubleValue();
    }

    private static Optional<Duration> duration(Object seconds) {
        return Optional.ofNullable((Double) seconds).map(s -> Duration.ofSeconds(Math.round(s)));
    }

    private static double rate(long part, long whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }

    private static Money money(BigDecimal amount, Currency currency) {
        return new Money(amount.setScale(currency.getDefaultFractionDigits(), RoundingMode.HALF_EVEN), currency);
    }
}
