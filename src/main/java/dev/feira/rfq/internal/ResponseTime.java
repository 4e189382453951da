package dev.feira.rfq.internal;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.feira.shared.TenantContext;

/**
 * A supplier's quote SLA: how long after an invitation it promises a first answer (its admin sets it; until then the
 * platform's default, 24 hours). An invitation is due by then, never after the buyer's deadline.
 */
@Component
class ResponseTime {

    private final JdbcClient sql;
    private final Duration platformDefault;

    ResponseTime(JdbcClient sql, @Value("${feira.rfq.response-time:PT24H}") Duration platformDefault) {
        this.sql = sql;
        this.platformDefault = platformDefault;
    }

    /** The current supplier's, within a transaction bound to it. */
    Duration current() {
        return sql.sql("select response_hours from rfq_supplier_setting where tenant_id = :tenant")
                .param("tenant", TenantContext.require().value()).query(Integer.class).optional()
                .map(Duration::ofHours).orElse(platformDefault);
    }

    void set(Duration responseTime) {
        sql.sql("""
                insert into rfq_supplier_setting (tenant_id, response_hours) values (:tenant, :hours)
                on conflict (tenant_id) do update set response_hours = excluded.response_hours""")
                .param("tenant", TenantContext.require().value()).param("hours", (int) responseTime.toHours()).update();
    }
}
