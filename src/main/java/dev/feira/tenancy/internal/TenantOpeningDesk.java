package dev.feira.tenancy.internal;

import java.time.Clock;
import java.util.Currency;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import dev.feira.shared.TenantId;
import dev.feira.shared.live.ClusterSignals;
import dev.feira.tenancy.LegalEntity;
import dev.feira.tenancy.PlatformHosts;
import dev.feira.tenancy.PortalBranding;
import dev.feira.tenancy.TenantOpened;
import dev.feira.tenancy.TenantOpening;
import dev.feira.tenancy.TenantProfile;
import dev.feira.tenancy.TenantStatus;
import dev.feira.tenancy.TenantStatusChanged;

/**
 * Opens portals while the platform runs. Every change is followed by a cluster signal, so each instance's tenant cache
 * forgets what it knew (a host that was unknown a moment ago included) and the portal, its sign-in redirect and its
 * logo answer everywhere at once. Demo tenants under {@code tenants/} are opened through {@link #create} too.
 */
@Service
class TenantOpeningDesk implements TenantOpening {

    static final Pattern SLUG = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?");
    /** Names a portal may not take: the platform's own, and words buyers would take for it. */
    private static final Set<String> RESERVED = Set.of("www", "api", "app", "admin", "feira", "operator", "operador", "signin",
            "login", "mail", "smtp", "static", "assets", "cdn", "status", "help", "ajuda", "suporte", "support", "billing",
            "stripe", "docs", "dev", "test", "localhost");

    private final Tenants tenants;
    private final JpaTenantDirectory directory;
    private final ApplicationEventPublisher events;
    private final ClusterSignals signals;
    private final PlatformHosts platform;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final String hostSuffix;

    TenantOpeningDesk(Tenants tenants, JpaTenantDirectory directory, ApplicationEventPublisher events, ClusterSignals signals,
                      PlatformHosts platform, Clock clock, PlatformTransactionManager transactions,
                      @Value("${feira.tenants.host-suffix:localhost}") String hostSuffix) {
        this.tenants = tenants;
        this.directory = directory;
        this.events = events;
        this.signals = signals;
        this.platform = platform;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
        this.hostSuffix = hostSuffix.toLowerCase(Locale.ROOT);
    }

    @Override
    public SlugCheck check(String slug) {
        String candidate = slug == null ? "" : slug.strip().toLowerCase(Locale.ROOT);
        if (!SLUG.matcher(candidate).matches() || candidate.length() < 3) {
            return SlugCheck.MALFORMED;
        }
        if (RESERVED.contains(candidate) || platform.isPlatformHost(hostFor(candidate))) {
            return SlugCheck.RESERVED;
        }
        if (tenants.findBySlug(candidate).isPresent() || tenants.findByHost(hostFor(candidate)).isPresent()) {
            return SlugCheck.TAKEN;
        }
        return SlugCheck.AVAILABLE;
    }

    @Override
    public String hostFor(String slug) {
        return slug.strip().toLowerCase(Locale.ROOT) + "." + hostSuffix;
    }

    @Override
    public TenantProfile open(String slug, String name, Locale locale, Currency currency, LegalEntity company) {
        String candidate = slug == null ? "" : slug.strip().toLowerCase(Locale.ROOT);
        SlugCheck check = check(candidate);
        if (check != SlugCheck.AVAILABLE) {
            throw new SlugRefused(check, candidate);
        }
        try {
            var tenant = TenantEntity.opening(UUID.randomUUID(), candidate, name.strip(), hostFor(candidate), locale, currency, "#1f5fae");
            tenant.registeredAs(company);
            return create(tenant);
        } catch (DataIntegrityViolationException race) {
            throw new SlugRefused(SlugCheck.TAKEN, candidate); // the unique slug and host keys settle a race
        }
    }

    /** Stores a new tenant and tells every instance; the one path by which tenants come to exist. */
    TenantProfile create(TenantEntity tenant) {
        var created = transaction.execute(status -> {
            var saved = tenants.saveAndFlush(tenant).toProfile();
            events.publishEvent(new TenantOpened(saved.id(), saved.slug(), saved.hosts().getFirst()));
            return saved;
        });
        forgetEverywhere(created.id());
        return created;
    }

    @Override
    public TenantProfile rebrand(TenantId id, PortalBranding branding) {
        return change(id, tenant -> tenant.rebrand(branding));
    }

    @Override
    public TenantProfile addHost(TenantId id, String host) {
        String name = host.strip().toLowerCase(Locale.ROOT);
        if (platform.isPlatformHost(name) || name.endsWith("." + hostSuffix)) {
            throw new IllegalArgumentException(name + " is the platform's");
        }
        return change(id, tenant -> {
            tenants.findByHost(name).filter(owner -> !owner.id().equals(id.value())).ifPresent(owner -> {
                throw new IllegalArgumentException(name + " belongs to another portal");
            });
            tenant.addHost(name);
        });
    }

    @Override
    public TenantProfile removeHost(TenantId id, String host) {
        String name = host.strip().toLowerCase(Locale.ROOT);
        return change(id, tenant -> {
            if (name.equals(hostFor(tenant.toProfile().slug()))) {
                throw new IllegalArgumentException("A portal keeps its own address " + name);
            }
            tenant.removeHost(name);
        });
    }

    @Override
    public TenantProfile goLive(TenantId id, String by) {
        return change(id, tenant -> {
            var from = tenant.status();
            tenant.becomes(TenantStatus.TRIAL);
            events.publishEvent(new TenantStatusChanged(id, tenant.toProfile().slug(), from, TenantStatus.TRIAL, by, "go-live", clock.instant()));
        });
    }

    /** Changes a tenant in a transaction of its own, then has every instance forget what it knew of it. */
    private TenantProfile change(TenantId id, java.util.function.Consumer<TenantEntity> edit) {
        var changed = transaction.execute(status -> {
            var tenant = tenants.findById(id.value()).orElseThrow(() -> new IllegalArgumentException("No tenant " + id));
            edit.accept(tenant);
            return tenants.save(tenant).toProfile();
        });
        forgetEverywhere(id);
        return changed;
    }

    private void forgetEverywhere(TenantId id) {
        signals.send(JpaTenantDirectory.CHANGED, id.toString());
        directory.evictAll();
    }
}
