package dev.feira.recovery.internal;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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
                int updated = sql.sql("update cart_round set value = :value where cart_id = :cart and tenant_id = :tenant and ended_at is null")
                        .param("value", value).param("cart", event.cart()).param("tenant", tenant()).update();
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

    private void start(CartActivity event, CartWatches.Watch watch, BigDecimal value, OffsetDateTime at) {
        sql.sql("""
                        insert into cart_round (id, tenant_id, cart_id, buyer_account_id, buyer_name, customer_category, sales_rep_id,
                                                started_at, value, currency)
                        values (:id, :tenant, :cart, :account, :buyer, :category, :rep, :at, :value, :currency)
                        on conflict (cart_id) where ended_at is null do nothing""")
                .param("id", UUID.randomUUID()).param("tenant", tenant()).param("cart", event.cart())
                .param("account", event.buyerAccount()).param("buyer", watch.buyerName()).param("category", watch.customerCategory())
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

    static OffsetDateTime utc(java.time.Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }

    private static UUID tenant() {
        return TenantContext.require().value();
    }
}
