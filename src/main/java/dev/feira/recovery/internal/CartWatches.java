package dev.feira.recovery.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import dev.feira.shared.TenantContext;

/**
 * The carts the recovery module watches, and the rule engine over them, in SQL: rules are matched
 * against many carts in one statement, and the sweep reads only carts whose next due time has come
 * (a partial index), so its cost follows what is due, not how many carts are open.
 * <p>
 * A rule fires on a cart episode when its static conditions hold (value, category, pilot group,
 * state) and the latest of its time conditions has passed. The unique key on
 * (rule, cart, episode) makes it fire once, whatever runs twice.
 * <p>
 * Statements name the tenant besides row-level security: a sweep of tenant A never reads B's carts.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class CartWatches {

    /** The static part of a rule's match: what holds or not regardless of time. */
    private static final String MATCHES = """
            r.enabled and r.tenant_id = w.tenant_id and r.currency = w.currency
            and (r.min_value is null or w.value >= r.min_value)
            and (r.max_value is null or w.value <= r.max_value)
            and (r.customer_category is null or r.customer_category = w.customer_category)
            and (r.pilot_accounts is null or w.account_number = any (r.pilot_accounts))
            and case when r.awaiting_approval_days is not null then w.state = 'AWAITING_APPROVAL'
                     when r.checkout_abandoned then w.state = 'CHECKOUT_STARTED'
                     else w.state in ('OPEN', 'CHECKOUT_STARTED') end
            """;

    /** When the rule's time conditions all hold on the cart: the latest of them (never before its last change). */
    private static final String DUE = """
            greatest(w.last_change_at,
                     w.last_activity_at + make_interval(hours => r.idle_hours),
                     w.last_change_at + make_interval(days => r.unchanged_days),
                     coalesce(w.last_sign_in_at, w.started_at) + make_interval(days => r.no_sign_in_days),
                     case when r.awaiting_approval_days is not null then w.state_since + make_interval(days => r.awaiting_approval_days) end)
            """;

    private static final String NOT_FIRED = """
            not exists (select 1 from recovery_alert a where a.rule_id = r.id and a.cart_id = w.cart_id and a.episode = w.episode)
            """;

    private final JdbcClient sql;

    CartWatches(JdbcClient sql) {
        this.sql = sql;
    }

    /** A watched cart as the listeners change it. */
    record Watch(UUID cart, UUID buyerAccount, String accountNumber, String buyerName, String customerCategory, UUID salesRep,
                 int episode, String state, Instant stateSince, Instant startedAt, Instant lastActivityAt, Instant lastChangeAt,
                 Instant lastSignInAt, BigDecimal value, String currency, int lines) {
    }

    Optional<Watch> lockedWatch(UUID cart) {
        return sql.sql("select * from cart_watch where cart_id = :cart and tenant_id = :tenant for update")
                .param("cart", cart).param("tenant", tenant())
                .query((rs, n) -> new Watch(rs.getObject("cart_id", UUID.class), rs.getObject("buyer_account_id", UUID.class),
                        rs.getString("account_number"), rs.getString("buyer_name"), rs.getString("customer_category"),
                        rs.getObject("sales_rep_id", UUID.class), rs.getInt("episode"), rs.getString("state"),
                        instant(rs.getTimestamp("state_since")), instant(rs.getTimestamp("started_at")),
                        instant(rs.getTimestamp("last_activity_at")), instant(rs.getTimestamp("last_change_at")),
                        instant(rs.getTimestamp("last_sign_in_at")), rs.getBigDecimal("value"), rs.getString("currency"), rs.getInt("lines")))
                .optional();
    }

    void save(Watch w) {
        sql.sql("""
                        insert into cart_watch (cart_id, tenant_id, buyer_account_id, account_number, buyer_name, customer_category, sales_rep_id,
                                                episode, state, state_since, started_at, last_activity_at, last_change_at, last_sign_in_at,
                                                value, currency, lines)
                        values (:cart, :tenant, :account, :accountNumber, :buyerName, :category, :rep, :episode, :state, :stateSince, :startedAt,
                                :lastActivity, :lastChange, :lastSignIn, :value, :currency, :lines)
                        on conflict (cart_id) do update set
                            account_number = excluded.account_number, buyer_name = excluded.buyer_name,
                            customer_category = excluded.customer_category, sales_rep_id = excluded.sales_rep_id,
                            episode = excluded.episode, state = excluded.state, state_since = excluded.state_since,
                            started_at = excluded.started_at, last_activity_at = excluded.last_activity_at,
                            last_change_at = excluded.last_change_at, last_sign_in_at = excluded.last_sign_in_at,
                            value = excluded.value, currency = excluded.currency, lines = excluded.lines""")
                .param("cart", w.cart()).param("tenant", tenant()).param("account", w.buyerAccount())
                .param("accountNumber", w.accountNumber()).param("buyerName", w.buyerName()).param("category", w.customerCategory())
                .param("rep", w.salesRep()).param("episode", w.episode()).param("state", w.state())
                .param("stateSince", timestamp(w.stateSince())).param("startedAt", timestamp(w.startedAt()))
                .param("lastActivity", timestamp(w.lastActivityAt())).param("lastChange", timestamp(w.lastChangeAt()))
                .param("lastSignIn", timestamp(w.lastSignInAt())).param("value", w.value()).param("currency", w.currency())
                .param("lines", w.lines())
                .update();
    }

    /** The buyer is back: every open cart of the account is measured from this sign-in. @return the carts touched */
    List<UUID> signedIn(UUID buyerAccount, Instant at) {
        return sql.sql("""
                        update cart_watch set last_sign_in_at = greatest(last_sign_in_at, :at), last_activity_at = greatest(last_activity_at, :at)
                        where buyer_account_id = :account and tenant_id = :tenant returning cart_id""")
                .param("at", timestamp(at)).param("account", buyerAccount).param("tenant", tenant())
                .query(UUID.class).list();
    }

    /**
     * Sets the carts' next due time: the earliest moment one of the supplier's rules not yet fired
     * in the cart's episode will hold. A cart no rule can fire on (as it is now) gets none and
     * stays out of the sweep until it changes.
     */
    void reschedule(Collection<UUID> carts) {
        if (carts.isEmpty()) {
            return;
        }
        sql.sql("""
                        update cart_watch w set next_due_at = (
                            select min(%s) from abandonment_rule r where %s and %s)
                        where w.tenant_id = :tenant and w.cart_id in (:carts)""".formatted(DUE, MATCHES, NOT_FIRED))
                .param("tenant", tenant()).param("carts", carts)
                .update();
    }

    /** Every watched cart of the supplier again: its rules changed. */
    void rescheduleAll() {
        sql.sql("""
                        update cart_watch w set next_due_at = (
                            select min(%s) from abandonment_rule r where %s and %s)
                        where w.tenant_id = :tenant and w.state in ('OPEN', 'CHECKOUT_STARTED', 'AWAITING_APPROVAL')""".formatted(DUE, MATCHES, NOT_FIRED))
                .param("tenant", tenant())
                .update();
    }

    /** Carts whose next due time has come, locked for this transaction (another instance skips them). */
    List<UUID> due(Instant now, int limit) {
        return sql.sql("""
                        select cart_id from cart_watch where tenant_id = :tenant and next_due_at <= :now
                        order by next_due_at limit :limit for update skip locked""")
                .param("tenant", tenant()).param("now", timestamp(now)).param("limit", limit)
                .query(UUID.class).list();
    }

    /** A rule that fired: the alert's first facts, for the event that tells the rep. */
    record Fired(UUID alert, UUID cart, UUID buyerAccount, String buyerName, UUID salesRep, String rule, List<String> actions,
                 BigDecimal value, String currency) {
    }

    /** Fires every rule that holds now on these (locked) carts and has not fired in their episode. */
    List<Fired> fire(Collection<UUID> carts, Instant now) {
        if (carts.isEmpty()) {
            return List.of();
        }
        return sql.sql("""
                        insert into recovery_alert (id, tenant_id, rule_id, rule_name, cart_id, episode, buyer_account_id, account_number,
                                                    buyer_name, customer_category, sales_rep_id, value, currency, lines, idle_since, raised_at,
                                                    actions, call_due_at, respond_by, escalate_at, status)
                        select gen_random_uuid(), w.tenant_id, r.id, r.name, w.cart_id, w.episode, w.buyer_account_id, w.account_number,
                               w.buyer_name, w.customer_category, w.sales_rep_id, w.value, w.currency, w.lines, w.last_activity_at, :now,
                               r.actions, :now + make_interval(hours => r.call_due_hours), :now + make_interval(hours => r.response_sla_hours),
                               case when 'ESCALATE' = any (r.actions) then :now + make_interval(hours => r.escalate_after_hours) end, 'OPEN'
                        from cart_watch w join abandonment_rule r on %s
                        where w.tenant_id = :tenant and w.cart_id in (:carts) and %s <= :now and %s
                        on conflict (rule_id, cart_id, episode) do nothing
                        returning id, cart_id, buyer_account_id, buyer_name, sales_rep_id, rule_name, actions, value, currency""".formatted(MATCHES, DUE, NOT_FIRED))
                .param("tenant", tenant()).param("carts", carts).param("now", timestamp(now))
                .query((rs, n) -> new Fired(rs.getObject("id", UUID.class), rs.getObject("cart_id", UUID.class),
                        rs.getObject("buyer_account_id", UUID.class), rs.getString("buyer_name"), rs.getObject("sales_rep_id", UUID.class),
                        rs.getString("rule_name"), List.of((String[]) rs.getArray("actions").getArray()), rs.getBigDecimal("value"),
                        rs.getString("currency")))
                .list();
    }

    private static UUID tenant() {
        return TenantContext.require().value();
    }

    /** As timestamptz: the driver sends an offset date-time as one, so no server time zone takes part. */
    private static OffsetDateTime timestamp(Instant at) {
        return at == null ? null : at.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(Timestamp at) {
        return at == null ? null : at.toInstant();
    }
}
