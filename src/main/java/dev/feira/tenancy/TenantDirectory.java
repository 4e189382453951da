package dev.feira.tenancy;

import java.util.List;
import java.util.Optional;

import dev.feira.shared.TenantContext;
import dev.feira.shared.TenantId;

/** Looks up supplier tenants. Host names compare case-insensitively and without port. */
public interface TenantDirectory {

    Optional<TenantProfile> byHost(String host);

    Optional<TenantProfile> byId(TenantId id);

    Optional<TenantProfile> bySlug(String slug);

    List<TenantProfile> all();

    /** The tenant of the current request or job, if it runs for one (the bare host does not). */
    default Optional<TenantProfile> current() {
        return TenantContext.current().flatMap(this::byId);
    }

    Optional<TenantLogo> logo(TenantId id);

    /** The company behind the portal, when it signed up with one (declared demo tenants need not). */
    Optional<LegalEntity> legalEntity(TenantId id);

    /** A tenant's logo as uploaded. */
    record TenantLogo(byte[] content, String contentType) {
    }
}
