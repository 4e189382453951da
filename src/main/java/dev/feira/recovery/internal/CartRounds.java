package dev.feira.recovery.internal;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import dev.feira.ordering.CartActivity;
import dev.feira.shared.TenantContext;

/**
 * The history the metrics read: each cart's rounds of shopping (first line to order or emptying)
 * and the products in each open cart. Kept by the same listener as the watches.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class CartRounds {

    private final JdbcClient sql;

    CartRounds(JdbcClient sql) {
        this.sql = sql;
    }

    void record(CartActivity event, CartWatches.Watch watch) {
        var at = event.at().atOffset(ZoneOffset.UTC);
        boolean changesLines = switch (event.kind()) {
            case CREATED, LINE_ADDED, LINE_CHANGED, LINE_REMOVED, APPROVAL_REJECTED -> event.lines() > 0;
            default -> false;
        };
        if (!changesLines) {
            active(event.cart(), at); // a line change closes the idle gap with its own update below
        }
        BigDecimal value = event.value() == null ? BigDecimal.ZERO : event.value().amount();
        switch (event.kind()) {
            case CONVERTED_TO_ORDER -> end(event.cart(), "ORDERED", value, at);
            case EMPTIED -> {
                end(event.cart(), "EMPTIED", BigDecimal.ZERO, at);
                items(event.cart());
            }
            case CREATED, LINE_ADDED, LINE_CHANGED, LINE_REMOVED, APPROVAL_REJECTED -> {
                if (event.lines() == 0) {
                    end(event.cart(), "EMPTIED", BigDecimal.ZERO, at);
                    items(event.cart());
                    return;
                }
                int updated = sql.sql("""
                                update cart_round set value = :value,
                                    longest_idle_seconds = greatest(longest_idle_seconds, extract(epoch from :at - last_activity_at)::bigint),
                                    last_activity_at = greatest(last_activity_at, :at),
                                    longest_unchanged_seconds = greatest(longest_unchanged_seconds, extract(epoch from :at - last_change_at)::bigint),
                                    last_change_at = greatest(last_change_at, :at)
                                where cart_id = :cart and tenant_id = :tenant and ended_at is null""")
                        .param("value", value).param("at", at).param("cart", event.cart()).param("tenant", tenant()).update();
                if (updated == 0) {
                    start(event, watch, value, at);
                }
                if (event.sku() != null) {
                    item(event.cart(), event.sku(), event.kind() != CartActivity.Kind.LINE_REMOVED);
                }
            }
            default -> {
            }
        }
        if (event.kind() == CartActivity.Kind.CONVERTED_TO_ORDER) {
            items(event.cart());
        }
    }

    /** Any activity ends a gap of the open round: the longest is kept for rule previews. */
    private void active(UUID cart, OffsetDateTime at) {
        sql.sql("""
                        update cart_round set longest_idle_seconds = greatest(longest_idle_seconds, extract(epoch from :at - last_activity_at)::bigint),
                                              last_activity_at = greatest(last_activity_at, :at)
                        where cart_id = :cart and tenant_id = :tenant and ended_at is null""")
                .param("at", at).param("cart", cart).param("tenant", tenant()).update();
    }

    /**
     * A round from before the supplier came to Feira (demo history): it ended {@code outcome} at
     * {@code ended}, its longest gaps given. Written once per id.
     *
     * @return 1 when written, 0 when it was there already
     */
    int recordPast(UUID id, dev.feira.identity.BuyerAccountProfile account, UUID rep, java.time.Instant started, java.time.Instant ended,
                   java.time.Duration longestIdle, java.time.Duration longestUnchanged, String outcome, BigDecimal value,
                   java.util.Currency currency) {
        return sql.sql("""
                        insert into cart_round (id, tenant_id, cart_id, buyer_account_id, account_number, buyer_name, customer_category,
                                                sales_rep_id, started_at, ended_at, outcome, value, currency, last_activity_at, last_change_at,
                                                longest_idle_seconds, longest_unchanged_seconds)
                        values (:id, :tenant, :id, :account, :accountNumber, :buyer, :category, :rep, :started, :ended, :outcome, :value,
                                :currency, :ended, :ended, :idle, :unchanged)
                        on conflict (id, tenant_id) do nothing""")
                .param("id", id).param("tenant", tenant()).param("account", account.id()).param("accountNumber", account.accountNumber())
                .param("buyer", account.buyerCompanyName()).param("category", account.customerCategory()).param("rep", rep)
                .param("started", utc(started)).param("ended", utc(ended)).param("outcome", outcome).param("value", value)
                .param("currency", currency.getCurrencyCode()).param("idle", longestIdle.toSeconds())
                .param("unchanged", longestUnchanged.toSeconds())
                .update();
    }

    private void start(CartActivity event, CartWatches.Watch watch, BigDecimal value, OffsetDateTime at) {
        sql.sql("""
                        insert into cart_round (id, tenant_id, cart_id, buyer_account_id, account_number, buyer_name, customer_category,
                                                sales_rep_id, started_at, last_activity_at, last_change_at, value, currency)
                        values (:id, :tenant, :cart, :account, :accountNumber, :buyer, :category, :rep, :at, :at, :at, :value, :currency)
                        on conflict (cart_id, tenant_id) where ended_at is null do nothing""")
                .param("id", UUID.randomUUID()).param("tenant", tenant()).param("cart", event.cart())
                .param("account", event.buyerAccount()).param("accountNumber", watch.accountNumber()).param("buyer", watch.buyerName()).param("category", watch.customerCategory())
                .param("rep", watch.salesRep()).param("at", at).param("value", value).param("currency", watch.currency())
                .update();
    }

    private void end(UUID cart, String outcome, BigDecimal value, OffsetDateTime at) {
        sql.sql("""
                        update cart_round set ended_at = :at, outcome = :outcome, value = case when :outcome = 'ORDERED' then :value else value end
                        where cart_id = :cart and tenant_id = :tenant and ended_at is null and started_at <= :at""")
                .param("at", at).param("outcome", outcome).param("value", value).param("cart", cart).param("tenant", tenant())
                .update();
    }

    private void item(UUID cart, String sku, boolean present) {
        if (present) {
            sql.sql("insert into cart_item (cart_id, sku, tenant_id) values (:cart, :sku, :tenant) on conflict do nothing")
                    .param("cart", cart).param("sku", sku).param("tenant", tenant()).update();
        } else {
            sql.sql("delete from cart_item where cart_id = :cart and sku = :sku and tenant_id = :tenant")
                    .param("cart", cart).param("sku", sku).param("tenant", tenant()).update();
        }
    }

    private void items(UUID cart) {
        sql.sql("delete from cart_item where cart_id = :cart and tenant_id = :tenant").param("cart", cart).param("tenant", tenant()).update();
    }

    /** The rounds active in the period the rule would have fired on (see {@link dev.feira.recovery.AbandonmentRules#preview}). */
    List<dev.feira.recovery.AbandonmentRules.Buyer> wouldHaveFired(dev.feira.recovery.RuleDefinition rule, java.time.Instant from,
                                                                     java.time.Instant to, java.util.Currency currency) {
        return sql.sql("""
                        select r.buyer_name, r.account_number, count(*) as carts, max(r.value) as largest
                        from cart_round r left join cart_watch w on w.cart_id = r.cart_id and r.ended_at is null and w.tenant_id = r.tenant_id
                        where r.tenant_id = :tenant and r.currency = :currency and coalesce(r.ended_at, :to) >= :from and r.started_at <= :to
                          and (cast(:idleHours as int) is null or greatest(r.longest_idle_seconds,
                                   extract(epoch from coalesce(r.ended_at, :to) - r.last_activity_at)) >= :idleHours * 3600)
                          and (cast(:unchangedDays as int) is null or greatest(r.longest_unchanged_seconds,
                                   extract(epoch from coalesce(r.ended_at, :to) - r.last_change_at)) >= :unchangedDays * 86400)
                          and (cast(:noSignInDays as int) is null
                               or extract(epoch from coalesce(r.ended_at, :to) - r.started_at) >= :noSignInDays * 86400)
                          and (cast(:minValue as numeric) is null or r.value >= :minValue)
                          and (cast(:maxValue as numeric) is null or r.value <= :maxValue)
                          and (cast(:category as varchar) is null or r.customer_category = :category)
                          and (cast(:pilot as varchar) is null or r.account_number = any (string_to_array(:pilot, ',')))
                          and (not :checkout or w.state = 'CHECKOUT_STARTED')
                          and (cast(:approvalDays as int) is null or (w.state = 'AWAITING_APPROVAL'
                               and w.state_since <= :to - make_interval(days => cast(:approvalDays as int))))
                          and (cast(:stalledCarts as int) is null or (r.ended_at is null and %s))
                        group by r.buyer_name, r.account_number
                        order by count(*) desc, max(r.value) desc""".formatted(
                        CartWatches.holdsStalledItem("r.cart_id", "cast(:stalledCarts as int)", "cast(:to as timestamptz)")))
                .param("tenant", tenant()).param("currency", currency.getCurrencyCode()).param("from", utc(from)).param("to", utc(to))
                .param("idleHours", rule.idleHours(), java.sql.Types.INTEGER).param("unchangedDays", rule.unchangedDays(), java.sql.Types.INTEGER)
                .param("noSignInDays", rule.noSignInDays(), java.sql.Types.INTEGER)
                .param("minValue", rule.minValue() == null ? null : rule.minValue().amount(), java.sql.Types.NUMERIC)
                .param("maxValue", rule.maxValue() == null ? null : rule.maxValue().amount(), java.sql.Types.NUMERIC)
                .param("category", rule.customerCategory() == null || rule.customerCategory().isBlank() ? null : rule.customerCategory(),
                        java.sql.Types.VARCHAR)
                .param("pilot", rule.pilotAccounts().isEmpty() ? null : String.join(",", rule.pilotAccounts()), java.sql.Types.VARCHAR)
                .param("checkout", rule.checkoutAbandoned())
                .param("approvalDays", rule.awaitingApprovalDays(), java.sql.Types.INTEGER)
                .param("stalledCarts", rule.stalledItemCarts(), java.sql.Types.INTEGER)
                .query((rs, n) -> new dev.feira.recovery.AbandonmentRules.Buyer(rs.getString("buyer_name"), rs.getString("account_number"),
                        rs.getInt("carts"), new dev.feira.shared.Money(rs.getBigDecimal("largest"), currency)))
                .list();
    }

    static OffsetDateTime utc(java.time.Instant at) {
        return at == null ? null : at.atOffset(ZoneOffset.UTC);
    }

    private static UUID tenant() {
        return TenantContext.require().value();
    }
}
