package dev.feira.platform.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.feira.platform.OperatorAudit;
import dev.feira.shared.TenantId;
import dev.feira.tenancy.PlatformOperators;
import dev.feira.tenancy.TenantDirectory;
import dev.feira.tenancy.TenantProfile;
import dev.feira.tenancy.TenantStatusChanged;

/**
 * The audit log in one table that only grows. Status changes arrive as tenancy's events (through the publication
 * registry, so one is never lost between the change and its entry); other actions are recorded by the console.
 */
@Service
@Transactional
class AuditLog implements OperatorAudit {

    private final JdbcClient sql;
    private final TenantDirectory tenants;
    private final Clock clock;
    private final PlatformOperators operators;

    AuditLog(JdbcClient sql, TenantDirectory tenants, Clock clock, PlatformOperators operators) {
        this.operators = operators;
        this.sql = sql;
        this.tenants = tenants;
        this.clock = clock;
    }

    @Override
    public void record(String action, Optional<TenantId> tenant, String details) {
        String operator = operators.requireOperator();
        insert(clock.instant(), operator, action, tenant.orElse(null), tenant.flatMap(tenants::byId).map(TenantProfile::slug).orElse(null), details);
    }

    @ApplicationModuleListener
    void on(TenantStatusChanged changed) {
        // One entry per change, however often the event is delivered: its moment and tenant name it.
        boolean known = sql.sql("select exists (select 1 from operator_audit where about_tenant = :tenant and at = :at and action = :action)")
                .param("tenant", changed.tenant().value()).param("at", Timestamp.from(changed.at()))
                .param("action", "tenant." + changed.to().name().toLowerCase(java.util.Locale.ROOT)).query(Boolean.class).single();
        if (!known) {
            insert(changed.at(), changed.by(), "tenant." + changed.to().name().toLowerCase(java.util.Locale.ROOT), changed.tenant(), changed.slug(),
                    changed.from() + " → " + changed.to() + ": " + changed.reason());
        }
    }

    /** Every sign-in as support, and its end, in the operators' log (the supplier keeps its own record). */
    @ApplicationModuleListener
    void on(dev.feira.identity.SupportAccessChanged changed) {
        String action = changed.opened() ? "support.open" : "support.end";
        boolean known = sql.sql("select exists (select 1 from operator_audit where about_tenant = :tenant and at = :at and action = :action)")
                .param("tenant", changed.tenant().value()).param("at", Timestamp.from(changed.at())).param("action", action)
                .query(Boolean.class).single();
        if (!known) {
            insert(changed.at(), changed.by(), action, changed.tenant(), tenants.byId(changed.tenant()).map(TenantProfile::slug).orElse(null),
                    (changed.opened() ? "until " + changed.until() + ": " : changed.operator() + ": ") + changed.reason());
        }
    }

    @Override
    @Transactional(readOnly = true)
    public List<Entry> search(String text, int page, int size) {
        operators.requireOperator();
        return sql.sql("""
                        select id, at, operator, action, tenant_slug, details from operator_audit
                        where :text = '' or operator ilike :like or action ilike :like or tenant_slug ilike :like or details ilike :like
                        order by at desc, id limit :size offset :offset""")
                .param("text", text(text)).param("like", like(text)).param("size", size).param("offset", (long) page * size)
                .query((rs, n) -> new Entry(rs.getObject("id", UUID.class), rs.getTimestamp("at").toInstant(), rs.getString("operator"),
                        rs.getString("action"), Optional.ofNullable(rs.getString("tenant_slug")), rs.getString("details")))
                .list();
    }

    @Override
    @Transactional(readOnly = true)
    public long count(String text) {
        operators.requireOperator();
        return sql.sql("""
                        select count(*) from operator_audit
                        where :text = '' or operator ilike :like or action ilike :like or tenant_slug ilike :like or details ilike :like""")
                .param("text", text(text)).param("like", like(text)).query(Long.class).single();
    }

    private void insert(Instant at, String operator, String action, TenantId tenant, String slug, String details) {
        sql.sql("""
                        insert into operator_audit (id, at, operator, action, about_tenant, tenant_slug, details)
                        values (:id, :at, :operator, :action, :tenant, :slug, :details)""")
                .param("id", UUID.randomUUID()).param("at", Timestamp.from(at)).param("operator", operator).param("action", action)
                .param("tenant", tenant == null ? null : tenant.value(), java.sql.Types.OTHER).param("slug", slug)
                .param("details", details == null ? null : details.length() > 1000 ? details.substring(0, 1000) : details)
                .update();
    }

    private static String text(String text) {
        return text == null ? "" : text.strip();
    }

    /** A search for the words as typed: LIKE's own wildcards in them are taken literally. */
    private static String like(String text) {
        return "%" + text(text).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
