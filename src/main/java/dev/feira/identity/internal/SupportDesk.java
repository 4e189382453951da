package dev.feira.identity.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import dev.feira.identity.Refusal;
import dev.feira.identity.Role;
import dev.feira.identity.SupportAccess;
import dev.feira.identity.SupportAccessChanged;
import dev.feira.shared.TenantContext;
import dev.feira.shared.TenantId;
import dev.feira.tenancy.TenantDirectory;

/**
 * Support access. Rows are the supplier's (tenant key, row-level security): every read and write runs in a transaction
 * bound to that supplier, whatever host the operator works from. {@link #isOpenFor} is what makes an operator an
 * insider of one supplier, and is asked on every access check, so an ended or expired access stops at once.
 */
@Service
class SupportDesk implements SupportAccess {

    private static final int MAX_REASON = 500;

    private final JdbcClient sql;
    private final UserAccounts users;
    private final TenantDirectory tenants;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate atSupplier;

    SupportDesk(JdbcClient sql, UserAccounts users, TenantDirectory tenants, ApplicationEventPublisher events, Clock clock,
                PlatformTransactionManager transactions) {
        this.sql = sql;
        this.users = users;
        this.tenants = tenants;
        this.events = events;
        this.clock = clock;
        this.atSupplier = new TransactionTemplate(transactions);
        this.atSupplier.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public Session open(TenantId supplier, String reason, Duration length) {
        String operator = signedIn().filter(u -> u.roles().contains(Role.PLATFORM_OPERATOR)).map(UserAccount::username)
                .orElseThrow(() -> new AccessDeniedException("Only operators open support access"));
        if (reason == null || reason.isBlank() || reason.strip().length() > MAX_REASON) {
            throw new Refusal("support.reason", "Say why, in up to " + MAX_REASON + " characters");
        }
        if (length == null || length.compareTo(SHORTEST) < 0 || length.compareTo(LONGEST) > 0) {
            throw new Refusal("support.length", "Support access lasts from 15 minutes to 4 hours");
        }
        tenants.byId(supplier).orElseThrow(() -> new Refusal("support.unknown", "No such supplier"));
        Instant now = clock.instant();
        var session = new Session(UUID.randomUUID(), supplier, operator, reason.strip(), now, now.plus(length), Optional.empty());
        inTransactionOf(supplier, () -> {
            // One open access per operator and supplier: a new one replaces the last.
            sql.sql("update support_access set ended_at = :now, ended_by = :operator where tenant_id = :tenant and operator = :operator "
                            + "and ended_at is null and ends_at > :now")
                    .param("now", Timestamp.from(now)).param("operator", operator).param("tenant", supplier.value()).update();
            sql.sql("""
                            insert into support_access (id, tenant_id, operator, reason, started_at, ends_at)
                            values (:id, :tenant, :operator, :reason, :now, :ends)""")
                    .param("id", session.id()).param("tenant", supplier.value()).param("operator", operator).param("reason", session.reason())
                    .param("now", Timestamp.from(now)).param("ends", Timestamp.from(session.endsAt())).update();
            events.publishEvent(new SupportAccessChanged(supplier, operator, true, session.reason(), session.endsAt(), operator, now));
            return null;
        });
        return session;
    }

    @Override
    public void end(TenantId supplier) {
        var caller = signedIn().orElseThrow(() -> new AccessDeniedException("Sign in first"));
        boolean operator = caller.roles().contains(Role.PLATFORM_OPERATOR);
        boolean admin = caller.roles().contains(Role.SUPPLIER_ADMIN) && caller.supplier().equals(Optional.of(supplier))
                && TenantContext.current().equals(Optional.of(supplier));
        if (!operator && !admin) {
            throw new AccessDeniedException("Only the operator or the supplier's admins end support access");
        }
        Instant now = clock.instant();
        inTransactionOf(supplier, () -> {
            var ended = sql.sql("""
                            update support_access set ended_at = :now, ended_by = :by
                            where tenant_id = :tenant and ended_at is null and ends_at > :now and (:any or operator = :by)
                            returning operator, reason""")
                    .param("now", Timestamp.from(now)).param("by", caller.username()).param("tenant", supplier.value()).param("any", admin)
                    .query((rs, n) -> new String[] {rs.getString("operator"), rs.getString("reason")}).list();
            ended.forEach(row -> events.publishEvent(new SupportAccessChanged(supplier, row[0], false, row[1], now, caller.username(), now)));
            return null;
        });
    }

    @Override
    public Optional<Session> current(TenantId supplier) {
        Instant now = clock.instant();
        return inTransactionOf(supplier, () -> sql.sql("""
                        select id, operator, reason, started_at, ends_at, ended_at from support_access
                        where tenant_id = :tenant and ended_at is null and ends_at > :now order by ends_at desc limit 1""")
                .param("tenant", supplier.value()).param("now", Timestamp.from(now))
                .query((rs, n) -> session(supplier, rs)).optional());
    }

    @Override
    public List<Session> history(TenantId supplier) {
        var caller = signedIn().orElseThrow(() -> new AccessDeniedException("Sign in first"));
        boolean allowed = caller.roles().contains(Role.PLATFORM_OPERATOR)
                || (caller.roles().contains(Role.SUPPLIER_ADMIN) && caller.supplier().equals(Optional.of(supplier))
                && TenantContext.current().equals(Optional.of(supplier)));
        if (!allowed) {
            throw new AccessDeniedException("The supplier's admins and operators read its support history");
        }
        return inTransactionOf(supplier, () -> sql.sql("""
                        select id, operator, reason, started_at, ends_at, ended_at from support_access
                        where tenant_id = :tenant order by started_at desc limit 100""")
                .param("tenant", supplier.value()).query((rs, n) -> session(supplier, rs)).list());
    }

    /** Whether this operator holds open support access to the supplier now. */
    boolean isOpenFor(String operator, TenantId supplier) {
        Instant now = clock.instant();
        return inTransactionOf(supplier, () -> sql.sql("""
                        select exists (select 1 from support_access where tenant_id = :tenant and operator = :operator
                                       and ended_at is null and ends_at > :now)""")
                .param("tenant", supplier.value()).param("operator", operator).param("now", Timestamp.from(now)).query(Boolean.class).single());
    }

    private static Session session(TenantId supplier, java.sql.ResultSet rs) throws java.sql.SQLException {
        var ended = rs.getTimestamp("ended_at");
        return new Session(rs.getObject("id", UUID.class), supplier, rs.getString("operator"), rs.getString("reason"),
                rs.getTimestamp("started_at").toInstant(), rs.getTimestamp("ends_at").toInstant(),
                Optional.ofNullable(ended).map(Timestamp::toInstant));
    }

    private <T> T inTransactionOf(TenantId supplier, java.util.function.Supplier<T> work) {
        return TenantContext.callAs(supplier, () -> atSupplier.execute(status -> work.get()));
    }

    private Optional<UserAccount> signedIn() {
        var authentication = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof org.springframework.security.authentication.AnonymousAuthenticationToken
                || authentication instanceof org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken) {
            return Optional.empty();
        }
        return users.findByUsernameIgnoreCase(authentication.getName()).filter(UserAccount::enabled);
    }
}
