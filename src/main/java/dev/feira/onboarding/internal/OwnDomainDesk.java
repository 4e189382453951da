package dev.feira.onboarding.internal;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import dev.feira.identity.CatalogAccess;
import dev.feira.onboarding.OwnDomains;
import dev.feira.onboarding.SignupRefused;
import dev.feira.shared.TenantContext;
import dev.feira.shared.TenantId;
import dev.feira.shared.net.TxtRecords;
import dev.feira.tenancy.PlatformHosts;
import dev.feira.tenancy.TenantDirectory;
import dev.feira.tenancy.TenantOpening;
import dev.feira.tenancy.TenantProfile;

/**
 * Own domains. The token is not a secret (it is published in DNS); what proves control is that it appears under the
 * domain. Verified domains are re-checked every few hours by whichever instance claims the row first; three checks in a
 * row without the record and the domain stops being served — a domain that changed hands must not keep showing the
 * portal.
 */
@Service
class OwnDomainDesk implements OwnDomains {

    private static final Logger log = LoggerFactory.getLogger(OwnDomainDesk.class);
    static final String RECORD_PREFIX = "_feira-verify.";
    static final String VALUE_PREFIX = "feira-verify=";
    private static final Pattern DOMAIN = Pattern.compile("(?=.{4,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]");
    private static final int FAILURES_BEFORE_REMOVAL = 3;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient sql;
    private final CatalogAccess access;
    private final TenantOpening opening;
    private final TenantDirectory tenants;
    private final PlatformHosts platform;
    private final TxtRecords dns;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final Duration recheckEvery;

    OwnDomainDesk(JdbcClient sql, CatalogAccess access, TenantOpening opening, TenantDirectory tenants, PlatformHosts platform,
                  TxtRecords dns, Clock clock, PlatformTransactionManager transactions,
                  @Value("${feira.domains.recheck-interval:PT6H}") Duration recheckEvery) {
        this.sql = sql;
        this.access = access;
        this.opening = opening;
        this.tenants = tenants;
        this.platform = platform;
        this.dns = dns;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
        this.recheckEvery = recheckEvery;
    }

    @Override
    public List<OwnDomain> list() {
        var portal = access.requireAdministrator();
        return transaction.execute(status -> sql.sql("""
                        select host, token, status, verified_at, checked_at from own_domain where tenant_id = :tenant order by host""")
                .param("tenant", portal.id().value())
                .query((rs, n) -> domain(rs.getString("host"), rs.getString("token"), Status.valueOf(rs.getString("status")),
                        instant(rs.getTimestamp("verified_at")), instant(rs.getTimestamp("checked_at"))))
                .list());
    }

    @Override
    public OwnDomain add(String domain) {
        var portal = access.requireAdministrator();
        String host = normalised(domain);
        if (!DOMAIN.matcher(host).matches() || host.endsWith(".localhost")) {
            throw new SignupRefused("domain", "domain.invalid", "'" + domain + "' is not a domain name like loja.empresa.com.br");
        }
        if (platform.isPlatformHost(host) || host.endsWith("." + suffix()) || host.equals(suffix())) {
            throw new SignupRefused("domain", "domain.platform", host + " is Feira's own");
        }
        String token = HexFormat.of().formatHex(randomBytes());
        Instant now = clock.instant();
        int added = transaction.execute(status -> sql.sql("""
                        insert into own_domain (id, tenant_id, host, token, status, created_at)
                        values (:id, :tenant, :host, :token, 'PENDING', :now) on conflict (tenant_id, host) do nothing""")
                .param("id", UUID.randomUUID()).param("tenant", portal.id().value()).param("host", host).param("token", token)
                .param("now", Timestamp.from(now)).update());
        if (added == 0) {
            throw new SignupRefused("domain", "domain.known", host + " is on the list already");
        }
        return domain(host, token, Status.PENDING, null, null);
    }

    @Override
    public OwnDomain verify(String domain) {
        var portal = access.requireAdministrator();
        String host = normalised(domain);
        var known = find(portal.id(), host).orElseThrow(() -> new SignupRefused("domain", "domain.unknown", "Add " + host + " first"));
        List<String> found;
        try {
            found = dns.of(known.recordName());
        } catch (TxtRecords.DnsUnavailable e) {
            throw new SignupRefused("domain", "domain.dns-unavailable", "DNS did not answer for " + known.recordName() + "; try again shortly");
        }
        if (!found.contains(known.recordValue())) {
            throw new SignupRefused("domain", "domain.not-found", "No TXT record " + known.recordName() + " with " + known.recordValue()
                    + (found.isEmpty() ? " (none found)" : " (found: " + String.join(", ", found) + ")"), known.recordName(), known.recordValue());
        }
        try {
            opening.addHost(portal.id(), host);
        } catch (IllegalArgumentException taken) {
            throw new SignupRefused("domain", "domain.taken", host + " is served by another portal");
        }
        Instant now = clock.instant();
        transaction.executeWithoutResult(status -> sql.sql("""
                        update own_domain set status = 'VERIFIED', verified_at = coalesce(verified_at, :now), checked_at = :now, failed_checks = 0
                        where tenant_id = :tenant and host = :host""")
                .param("now", Timestamp.from(now)).param("tenant", portal.id().value()).param("host", host).update());
        return find(portal.id(), host).orElseThrow();
    }

    @Override
    public boolean remove(String domain) {
        var portal = access.requireAdministrator();
        String host = normalised(domain);
        int removed = transaction.execute(status -> sql.sql("delete from own_domain where tenant_id = :tenant and host = :host")
                .param("tenant", portal.id().value()).param("host", host).update());
        if (removed > 0 && portal.hosts().contains(host)) {
            opening.removeHost(portal.id(), host);
        }
        return removed > 0;
    }

    /** Re-checks verified domains; each row is claimed by one instance per round. */
    @Scheduled(initialDelayString = "${feira.domains.recheck-interval:PT6H}", fixedDelayString = "${feira.domains.recheck-interval:PT6H}")
    void recheck() {
        for (TenantProfile tenant : tenants.all()) {
            if (tenant.status().serves()) {
                TenantContext.runAs(tenant.id(), () -> recheck(tenant));
            }
        }
    }

    /** Re-checks the tenant's verified domains that are due (also called by tests, with the clock moved). */
    void recheck(TenantProfile tenant) {
        Instant now = clock.instant();
        List<String> due = transaction.execute(status -> sql.sql("""
                        update own_domain set checked_at = :now
                        where tenant_id = :tenant and status = 'VERIFIED' and (checked_at is null or checked_at <= :due)
                        returning host""")
                .param("now", Timestamp.from(now)).param("tenant", tenant.id().value())
                .param("due", Timestamp.from(now.minus(recheckEvery.dividedBy(2)))).query(String.class).list());
        for (String host : due) {
            var known = find(tenant.id(), host).orElseThrow();
            boolean present;
            try {
                present = dns.of(known.recordName()).contains(known.recordValue());
            } catch (TxtRecords.DnsUnavailable e) {
                continue; // no answer says nothing about the record
            }
            int failures = transaction.execute(status -> sql.sql("""
                            update own_domain set failed_checks = case when :present then 0 else failed_checks + 1 end
                            where tenant_id = :tenant and host = :host returning failed_checks""")
                    .param("present", present).param("tenant", tenant.id().value()).param("host", host).query(Integer.class).single());
            if (failures >= FAILURES_BEFORE_REMOVAL) {
                log.warn("{}'s domain {} lost its TXT record {} checks in a row: no longer served", tenant.slug(), host, failures);
                transaction.executeWithoutResult(status -> sql.sql("""
                                update own_domain set status = 'PENDING', failed_checks = 0 where tenant_id = :tenant and host = :host""")
                        .param("tenant", tenant.id().value()).param("host", host).update());
                opening.removeHost(tenant.id(), host);
            }
        }
    }

    private Optional<OwnDomain> find(TenantId tenant, String host) {
        return transaction.execute(status -> sql.sql("""
                        select host, token, status, verified_at, checked_at from own_domain where tenant_id = :tenant and host = :host""")
                .param("tenant", tenant.value()).param("host", host)
                .query((rs, n) -> domain(rs.getString("host"), rs.getString("token"), Status.valueOf(rs.getString("status")),
                        instant(rs.getTimestamp("verified_at")), instant(rs.getTimestamp("checked_at"))))
                .optional());
    }

    private static OwnDomain domain(String host, String token, Status status, Instant verifiedAt, Instant checkedAt) {
        return new OwnDomain(host, RECORD_PREFIX + host, VALUE_PREFIX + token, status, verifiedAt, checkedAt);
    }

    private String suffix() {
        String sample = opening.hostFor("x");
        return sample.substring(sample.indexOf('.') + 1);
    }

    private static String normalised(String domain) {
        String host = domain == null ? "" : domain.strip().toLowerCase(Locale.ROOT);
        host = host.replaceFirst("^https?://", "").replaceFirst("/.*$", "");
        return host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
