package dev.feira.tenancy.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import dev.feira.shared.TenantId;
import dev.feira.tenancy.TenantDirectory;
import dev.feira.tenancy.TenantProfile;

/**
 * Tenant look-ups, cached briefly: every HTTP request resolves its host, while tenants change
 * rarely. A change evicts at once on every instance (a cluster signal; the TTL is the fallback).
 */
@Service
class JpaTenantDirectory implements TenantDirectory {

    private static final Duration TTL = Duration.ofSeconds(30);

    private final Tenants tenants;
    private final Clock clock = Clock.systemUTC();
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();
    private volatile CachedList everyTenant;

    static final String CHANGED = "tenants-changed";

    /**
     * Only a miss reads the database. A transaction around every look-up (the class used to be transactional) took
     * a connection for each request's host even when the cache answered.
     */
    private final TransactionTemplate reading;

    JpaTenantDirectory(Tenants tenants, dev.feira.shared.live.ClusterSignals signals, PlatformTransactionManager transactions) {
        this.tenants = tenants;
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
        signals.subscribe(CHANGED, tenant -> evictAll());
    }

    @Override
    public Optional<TenantProfile> byHost(String host) {
        String key = "host:" + host.toLowerCase(Locale.ROOT);
        return cached(key, () -> tenants.findByHost(host.toLowerCase(Locale.ROOT)).map(TenantEntity::toProfile));
    }

    @Override
    public Optional<TenantProfile> byId(TenantId id) {
        return cached("id:" + id, () -> tenants.findById(id.value()).map(TenantEntity::toProfile));
    }

    @Override
    public Optional<TenantProfile> bySlug(String slug) {
        return cached("slug:" + slug, () -> tenants.findBySlug(slug).map(TenantEntity::toProfile));
    }

    @Override
    public List<TenantProfile> all() {
        Instant now = clock.instant();
        var hit = everyTenant;
        if (hit != null && hit.expires().isAfter(now)) {
            return hit.profiles();
        }
        var loaded = reading.execute(status -> tenants.findAllByOrderByName().stream().map(TenantEntity::toProfile).toList());
        everyTenant = new CachedList(loaded, now.plus(TTL));
        return loaded;
    }

    @Override
    public Optional<TenantLogo> logo(TenantId id) {
        return reading.execute(status -> tenants.findById(id.value())
                .filter(t -> t.logo() != null)
                .map(t -> new TenantLogo(t.logo(), t.logoContentType())));
    }

    @Override
    public Optional<dev.feira.tenancy.LegalEntity> legalEntity(TenantId id) {
        return reading.execute(status -> tenants.findById(id.value()).flatMap(TenantEntity::legalEntity));
    }

    void evictAll() {
        cache.clear();
        everyTenant = null;
    }

    private Optional<TenantProfile> cached(String key, Supplier<Optional<TenantProfile>> loader) {
        Instant now = clock.instant();
        Cached hit = cache.get(key);
        if (hit != null && hit.expires().isAfter(now)) {
            return hit.profile();
        }
        Optional<TenantProfile> loaded = reading.execute(status -> loader.get());
        cache.put(key, new Cached(loaded, now.plus(TTL)));
        return loaded;
    }

    private record Cached(Optional<TenantProfile> profile, Instant expires) {
    }

    /** The whole list (the marketplace's suppliers, the operators' console), cached and evicted like the rest. */
    private record CachedList(List<TenantProfile> profiles, Instant expires) {
    }
}
