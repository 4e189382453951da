package dev.feira.platform.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dev.feira.ordering.OrderPlaced;
import dev.feira.ordering.OrderStatus;
import dev.feira.ordering.OrderStatusChanged;
import dev.feira.pricing.TradeTerms.PaymentMethod;
import dev.feira.shared.Money;
import dev.feira.shared.TenantId;

/**
 * The marketplace's turnover, kept by the platform from ordering's events: each order once (a replayed event changes
 * nothing), voided when the supplier rejects it or it is cancelled. It knows amounts, not goods or buyers' names.
 */
@Component
class SalesLedger implements dev.feira.platform.MarketplaceSales {

    private final JdbcClient sql;
    /** Counts the sales this instance recorded, so figures computed before one are known to be stale. */
    private final java.util.concurrent.atomic.AtomicLong recorded = new java.util.concurrent.atomic.AtomicLong();

    SalesLedger(JdbcClient sql) {
        this.sql = sql;
    }

    long recorded() {
        return recorded.get();
    }

    @ApplicationModuleListener
    void on(OrderPlaced placed) {
        sql.sql("""
                        insert into marketplace_sale (order_id, about_tenant, buyer_account, total, currency, card, placed_at)
                        values (:order, :tenant, :buyer, :total, :currency, :card, :at) on conflict (order_id) do nothing""")
                .param("order", placed.order()).param("tenant", placed.tenant().value()).param("buyer", placed.buyerAccount())
                .param("total", placed.total().amount()).param("currency", placed.total().currency().getCurrencyCode())
                .param("card", placed.paymentMethod() == PaymentMethod.CARD).param("at", Timestamp.from(placed.at())).update();
        recorded.incrementAndGet();
    }

    @ApplicationModuleListener
    void on(OrderStatusChanged changed) {
        if (changed.to() == OrderStatus.REJECTED || changed.to() == OrderStatus.CANCELLED) {
            sql.sql("update marketplace_sale set voided_at = :at where order_id = :order and voided_at is null")
                    .param("at", Timestamp.from(changed.at())).param("order", changed.order()).update();
            recorded.incrementAndGet();
        }
    }

    @Override
    @Transactional(readOnly = true)
    public java.util.Optional<Sale> sale(UUID order) {
        return sql.sql("select about_tenant, total, currency, card, placed_at, voided_at is not null as voided from marketplace_sale where order_id = :order")
                .param("order", order)
                .query((rs, n) -> new Sale(order, new TenantId(rs.getObject("about_tenant", UUID.class)),
                        new Money(rs.getBigDecimal("total"), java.util.Currency.getInstance(rs.getString("currency"))), rs.getBoolean("card"),
                        rs.getTimestamp("placed_at").toInstant(), rs.getBoolean("voided")))
                .optional();
    }

    @Override
    @Transactional(readOnly = true)
    public Money invoicedSince(TenantId supplier, Instant from) {
        return sql.sql("select coalesce(sum(total), 0) from marketplace_sale "
                        + "where about_tenant = :tenant and placed_at >= :from and not card and voided_at is null")
                .param("tenant", supplier.value()).param("from", Timestamp.from(from))
                .query((rs, n) -> new Money(rs.getBigDecimal(1), java.util.Currency.getInstance("BRL"))).single();
    }

    /** What each supplier sold since a moment: orders not voided, their value, distinct buying accounts, the last order. */
    @Transactional(readOnly = true)
    Map<TenantId, Activity> since(Instant from) {
        return sql.sql("""
                        select about_tenant, count(*) as orders, coalesce(sum(total), 0) as gmv, count(distinct buyer_account) as buyers,
                               max(placed_at) as last_order, coalesce(sum(total) filter (where not card), 0) as invoiced
                        from marketplace_sale where placed_at >= :from and voided_at is null group by about_tenant""")
                .param("from", Timestamp.from(from))
                .query((rs, n) -> new Activity(new TenantId(rs.getObject("about_tenant", UUID.class)), rs.getLong("orders"),
                        rs.getBigDecimal("gmv"), rs.getLong("buyers"), rs.getTimestamp("last_order").toInstant(), rs.getBigDecimal("invoiced")))
                .list().stream().collect(Collectors.toMap(Activity::tenant, a -> a));
    }

    /** The marketplace's turnover per week (Monday first), oldest first, in one currency. */
    @Transactional(readOnly = true)
    List<Week> weekly(Instant from, String currency) {
        return sql.sql("""
                        select date_trunc('week', placed_at at time zone 'America/Sao_Paulo') as week, count(*) as orders,
                               coalesce(sum(total), 0) as gmv
                        from marketplace_sale where placed_at >= :from and voided_at is null and currency = :currency
                        group by 1 order by 1""")
                .param("from", Timestamp.from(from)).param("currency", currency)
                .query((rs, n) -> new Week(rs.getTimestamp("week").toLocalDateTime().toLocalDate(), rs.getLong("orders"),
                        new Money(rs.getBigDecimal("gmv"), java.util.Currency.getInstance(currency))))
                .list();
    }

    /** @param invoiced the part of the GMV paid outside Stripe, on which the plan's GMV fee is charged */
    record Activity(TenantId tenant, long orders, java.math.BigDecimal gmv, long buyers, Instant lastOrder, java.math.BigDecimal invoiced) {
    }

    record Week(java.time.LocalDate monday, long orders, Money gmv) {
    }
}
