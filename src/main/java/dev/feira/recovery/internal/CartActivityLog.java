package dev.feira.recovery.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import dev.feira.ordering.CartActivity;
import dev.feira.shared.TenantContext;

/**
 * What happened on each cart, as the team following it up reads it. A buyer who keeps the cart
 * page open views it many times: views in a row within the hour are one (a view after anything
 * else is news).
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class CartActivityLog {

    /** How long the log keeps a cart's story: longer than any rule waits, shorter than forever. */
    static final Duration KEPT = Duration.ofDays(180);
    private static final Duration VIEWS_APART = Duration.ofHours(1);

    /** One entry of a cart's story. */
    record Entry(Instant at, CartActivity.Kind kind, Optional<String> sku, BigDecimal value, int lines) {
    }

    private final JdbcClient sql;

    CartActivityLog(JdbcClient sql) {
        this.sql = sql;
    }

    void record(CartActivity event) {
        sql.sql("""
                        insert into cart_event (tenant_id, cart_id, at, kind, sku, value, lines)
                        select :tenant, :cart, :at, :kind, :sku, :value, :lines
                        where :kind <> 'VIEWED' or not exists (
                            select 1 from (select kind, at from cart_event where cart_id = :cart and tenant_id = :tenant
                                           order by at desc, id desc limit 1) latest
                            where latest.kind = 'VIEWED' and latest.at > :since)""")
                .param("tenant", tenant()).param("cart", event.cart()).param("at", CartRounds.utc(event.at()))
                .param("kind", event.kind().name()).param("sku", event.sku()).param("value", event.value().amount())
                .param("lines", event.lines()).param("since", CartRounds.utc(event.at().minus(VIEWS_APART)))
                .update();
    }

    /** The cart's latest entries, newest first. */
    List<Entry> ofCart(UUID cart, int limit) {
        return sql.sql("select at, kind, sku, value, lines from cart_event where cart_id = :cart and tenant_id = :tenant order by at desc, id desc limit :limit")
                .param("cart", cart).param("tenant", tenant()).param("limit", limit)
                .query((rs, n) -> new Entry(rs.getTimestamp("at").toInstant(), CartActivity.Kind.valueOf(rs.getString("kind")),
                        Optional.ofNullable(rs.getString("sku")), rs.getBigDecimal("value"), rs.getInt("lines")))
                .list();
    }

    /** @return how many entries older than {@link #KEPT} went */
    int forgetBefore(Instant now) {
        return sql.sql("delete from cart_event where tenant_id = :tenant and at < :before")
                .param("tenant", tenant()).param("before", CartRounds.utc(now.minus(KEPT))).update();
    }

    private static UUID tenant() {
        return TenantContext.require().value();
    }
}
