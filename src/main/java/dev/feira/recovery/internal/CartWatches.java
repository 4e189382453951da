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
 * against many carts in one statement.
 * <p>
 * A rule fires on a cart episode when its static conditions hold (value, category, pilot group,
 * state) and the latest of its time conditions has passed. The unique key on (rule, cart, episode)
 * makes it fire once, whatever runs twice.
 * <p>
 * Time conditions are found by window, not by a due time kept per cart: each rule remembers up to
 * when it was swept, and the next sweep reads, through indexes on the times themselves, only the
 * carts whose idle, unchanged, absent or awaiting time crossed the rule's threshold since. So a
 * sweep's cost follows what came due, and nothing is rewritten per cart to move it on.
 * <p>
 * Statements name the tenant besides row-level security: a sweep of tenant A never reads B's carts.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class CartWatches {

    /** The states of a cart that rules watch (as the partial indexes name them). */
    private static final String OPEN_CART = "w.state in ('OPEN', 'CHECKOUT_STARTED', 'AWAITING_APPROVAL')";

    /** A product in open carts idle this long is stalled there (the dashboard's stalled items too). */
    static final String STALLED_AFTER = "interval '48 hours'";

    /**
     * The cart {@code cart} holds a product that sits in at least {@code carts} open carts stalled
     * at {@code now} (of the statement's {@code :tenant}).
     */
    static String holdsStalledItem(String cart, String carts, String now) {
        return """
                exists (select 1 from cart_item i where i.cart_id = %1$s and i.tenant_id = :tenant
                        and (select count(*) from cart_item j join cart_watch v on v.cart_id = j.cart_id and v.tenant_id = j.tenant_id
                             where j.tenant_id = :tenant and j.sku = i.sku and v.state in ('OPEN', 'CHECKOUT_STARTED', 'AWAITING_APPROVAL')
                               and v.last_activity_at <= %3$s - %4$s) >= %2$s)""".formatted(cart, carts, now, STALLED_AFTER);
    }

    /**
     * The static part of a rule's match: what holds or not regardless of time. (A stalled item
     * depends on other carts: it is checked when the cart's time conditions come due or it changes.)
     */
    private static final String MATCHES = """
            r.enabled and r.tenant_id = w.tenant_id and r.currency = w.currency
            and (r.min_value is null or w.value >= r.min_value)
            and (r.max_value is null or w.value <= r.max_value)
            and (r.customer_category is null or r.customer_category = w.customer_category)
            and (r.pilot_accounts is null or w.account_number = any (r.pilot_accounts))
            and case when r.quote_idle_days is not null then w.state = 'QUOTED'
                     when r.awaiting_approval_days is not null then w.state = 'AWAITING_APPROVAL'
                     when r.checkout_abandoned then w.state = 'CHECKOUT_STARTED'
                     else w.state in ('OPEN', 'CHECKOUT_STARTED') end
            """;

    /**
     * A rule's stalled-item condition: a subquery, so a sweep plans it only for a supplier that has
     * such a rule (each sweep plans afresh, and planning is most of a quiet sweep's cost).
     */
    private static final String STALLED = " and (r.stalled_item_carts is null or " + holdsStalledItem("w.cart_id", "r.stalled_item_carts", ":now")
            + ")\n";

    /** When the rule's time conditions all hold on the cart: the latest of them (never before its last change). */
    private static final String DUE = """
            greatest(w.last_change_at,
                     w.last_activity_at + make_interval(hours => r.idle_hours),
                     w.last_change_at + make_interval(days => r.unchanged_days),
                     w.absent_since + make_interval(days => r.no_sign_in_days),
                     case when r.awaiting_approval_days is not null then w.state_since + make_interval(days => r.awaiting_approval_days) end,
                     case when r.quote_idle_days is not null then w.state_since + make_interval(days => r.quote_idle_days) end)
            """;

    /**
     * A sweep's window starts this much before the last one ended: a cart event committed while
     * the last sweep ran (invisible to it, yet stamped before its end) is still seen. Whatever is
     * seen twice fires once. (A clock set back starts the window at its new now.)
     */
    private static final String OVERLAP = "interval '2 minutes'";

    /**
     * Open carts whose {@code time} crossed the rule's threshold in its window ({@code term}_after,
     * {@code term}_until], and on which the rule holds now. The bounds are computed per rule
     * beforehand: compared as they are, they are index bounds even under row-level security (which
     * keeps back any condition with a function of the row). Matched as the index reads them, so
     * only what fires is looked up again.
     */
    private static final String CROSSED = """
            select r.id as rule_id, w.cart_id from rules r join cart_watch w
                on w.tenant_id = :tenant and %1$s
                and %2$s > r.%3$s_after and %2$s <= r.%3$s_until
                and\s""" + MATCHES + "%4$s and " + DUE + " <= :now\n";

    /** Raises the alerts of the rules {@code r} that hold on the carts {@code w} (from the clause given) at {@code :now}, once per episode. */
    private static final String INSERT_ALERTS = """
            insert into recovery_alert (id, tenant_id, rule_id, rule_name, cart_id, episode, buyer_account_id, account_number,
                                        buyer_name, customer_category, sales_rep_id, value, currency, lines, idle_since, raised_at,
                                        actions, call_due_at, respond_by, escalate_at, status,
                                        offer_percent_per_day, offer_cap_percent, offer_expires_at, quote_rfq)
            select gen_random_uuid(), w.tenant_id, r.id, r.name, w.cart_id, w.episode, w.buyer_account_id, w.account_number,
                   w.buyer_name, w.customer_category, w.sales_rep_id, w.value, w.currency, w.lines, w.last_activity_at, :now,
                   r.actions, :now + make_interval(hours => r.call_due_hours), :now + make_interval(hours => r.response_sla_hours),
                   case when 'ESCALATE' = any (r.actions) then :now + make_interval(hours => r.escalate_after_hours) end, 'OPEN',
                   r.discount_percent_per_day, r.discount_cap_percent, :now + make_interval(days => r.discount_valid_days), w.quote_rfq
            %s
            where w.tenant_id = :tenant and\s""" + DUE + """
             <= :now
            on conflict (rule_id, cart_id, episode, tenant_id) do nothing
            returning id, sales_rep_id""";

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
                        on conflict (cart_id, tenant_id) do update set
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

    /**
     * A quote revision submitted: the invitation is watched from now as an episode of its own (the revision), so a rule
     * on undecided quotes measures from the latest revision and fires once per revision.
     */
    void quoteSubmitted(UUID invitation, CartEpisodes.Account buyer, UUID buyerAccount, String rfq, int revision, Instant at,
                        BigDecimal value, String currency, int lines) {
        sql.sql("""
                        insert into cart_watch (cart_id, tenant_id, buyer_account_id, account_number, buyer_name, customer_category, sales_rep_id,
                                                episode, state, state_since, started_at, last_activity_at, last_change_at, value, currency,
                                                lines, quote_rfq)
                        values (:invitation, :tenant, :account, :accountNumber, :buyerName, :category, :rep, :revision, 'QUOTED', :at, :at,
                                :at, :at, :value, :currency, :lines, :rfq)
                        on conflict (cart_id, tenant_id) do update set
                            account_number = excluded.account_number, buyer_name = excluded.buyer_name,
                            customer_category = excluded.customer_category, sales_rep_id = excluded.sales_rep_id,
                            episode = excluded.episode, state = 'QUOTED', state_since = excluded.state_since,
                            last_activity_at = excluded.last_activity_at, last_change_at = excluded.last_change_at,
                            value = excluded.value, currency = excluded.currency, lines = excluded.lines
                        where cart_watch.episode < excluded.episode""")
                .param("invitation", invitation).param("tenant", tenant()).param("account", buyerAccount)
                .param("accountNumber", buyer.accountNumber()).param("buyerName", buyer.buyerName()).param("category", buyer.customerCategory())
                .param("rep", buyer.salesRep()).param("revision", revision).param("at", timestamp(at)).param("value", value)
                .param("currency", currency).param("lines", lines).param("rfq", rfq)
                .update();
    }

    /** A watched quote was decided (awarded or not, withdrawn, called off): no rule looks at it again. */
    void quoteDecided(UUID invitation, Instant at) {
        sql.sql("update cart_watch set state = 'QUOTE_DECIDED', state_since = :at where cart_id = :invitation and tenant_id = :tenant")
                .param("at", timestamp(at)).param("invitation", invitation).param("tenant", tenant())
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

    /** The rules edited: each looks at every open cart again at the next sweep. */
    void forgetSweeps(UUID rule) {
        sql.sql("update abandonment_rule set swept_until = null where id = :rule and tenant_id = :tenant")
                .param("rule", rule).param("tenant", tenant()).update();
    }

    /** A rule that fired: the alert, and whose open pages are to hear of it at once. */
    record Fired(UUID alert, UUID salesRep) {
    }

    /**
     * The sweep: every rule of the supplier (not being swept by another instance, which holds it)
     * fires on the carts whose time conditions crossed its thresholds since its last sweep and
     * whose other conditions hold, then remembers {@code now} as swept.
     */
    List<Fired> sweep(Instant now) {
        // Planned for this supplier's rules and this moment: a plan made once for any (the driver
        // prepares statements it runs often) cannot tell a window of a minute from all of time.
        sql.sql("set local plan_cache_mode = force_custom_plan").update();
        String stalled = Boolean.TRUE.equals(sql.sql("""
                        select exists (select 1 from abandonment_rule where tenant_id = :tenant and enabled and stalled_item_carts is not null)""")
                .param("tenant", tenant()).query(Boolean.class).single()) ? STALLED : "";
        String crossed = String.join(" union ",
                CROSSED.formatted(OPEN_CART, "w.last_activity_at", "idle", stalled),
                CROSSED.formatted(OPEN_CART, "w.last_change_at", "unchanged", stalled),
                CROSSED.formatted(OPEN_CART, "w.absent_since", "absent", stalled),
                CROSSED.formatted("w.state = 'AWAITING_APPROVAL'", "w.state_since", "awaiting", stalled),
                CROSSED.formatted("w.state = 'QUOTED'", "w.state_since", "quote_idle", ""),
                // A rule on value or state alone holds from the cart's change on (events fire it; this finds the carts it
                // holds on when it is new or edited).
                CROSSED.formatted(OPEN_CART, "w.last_change_at", "changed", stalled));
        return sql.sql("""
                        with held as (
                            select * from abandonment_rule where tenant_id = :tenant and enabled for update skip locked),
                        since as (
                            select *, least(coalesce(swept_until, '-infinity'), :now) - %s as since from held),
                        rules as (
                            select *, since - make_interval(hours => idle_hours) as idle_after, :now - make_interval(hours => idle_hours) as idle_until,
                                   since - make_interval(days => unchanged_days) as unchanged_after,
                                   :now - make_interval(days => unchanged_days) as unchanged_until,
                                   since - make_interval(days => no_sign_in_days) as absent_after,
                                   :now - make_interval(days => no_sign_in_days) as absent_until,
                                   since - make_interval(days => awaiting_approval_days) as awaiting_after,
                                   :now - make_interval(days => awaiting_approval_days) as awaiting_until,
                                   since - make_interval(days => quote_idle_days) as quote_idle_after,
                                   :now - make_interval(days => quote_idle_days) as quote_idle_until,
                                   case when coalesce(idle_hours, unchanged_days, no_sign_in_days, awaiting_approval_days, quote_idle_days) is null
                                        then since end as changed_after,
                                   case when coalesce(idle_hours, unchanged_days, no_sign_in_days, awaiting_approval_days, quote_idle_days) is null
                                        then :now end as changed_until
                            from since),
                        crossed as (%s),
                        fired as (%s),
                        swept as (
                            update abandonment_rule a set swept_until = :now from held where a.id = held.id)
                        select * from fired""".formatted(OVERLAP, crossed, INSERT_ALERTS.formatted("""
                        from crossed c join rules r on r.id = c.rule_id
                        join cart_watch w on w.cart_id = c.cart_id""")))
                .param("tenant", tenant()).param("now", timestamp(now))
                .query(CartWatches::fired)
                .list();
    }

    /** Fires every rule that holds now on these (locked) carts and has not fired in their episode: after their buyer acted. */
    List<Fired> evaluate(Collection<UUID> carts, Instant now) {
        if (carts.isEmpty()) {
            return List.of();
        }
        return sql.sql(INSERT_ALERTS.formatted("from cart_watch w join abandonment_rule r on %s and w.cart_id in (:carts)".formatted(MATCHES + STALLED)))
                .param("tenant", tenant()).param("carts", carts).param("now", timestamp(now))
                .query(CartWatches::fired)
                .list();
    }

    private static Fired fired(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Fired(rs.getObject("id", UUID.class), rs.getObject("sales_rep_id", UUID.class));
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
