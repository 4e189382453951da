package dev.feira.tenancy;

import java.util.Currency;
import java.util.Locale;

import dev.feira.shared.TenantId;

/**
 * New supplier portals, opened while Feira runs: a portal starts {@link TenantStatus#ONBOARDING onboarding} on
 * {@code <slug>.<suffix>} and answers there at once on every instance (the tenant caches forget the host's earlier
 * "unknown"); it opens to buyers when it {@linkplain #goLive goes live}. Callers check who may do this (the
 * onboarding desk: a verified sign-up, or the portal's admin); this module has no notion of people.
 */
public interface TenantOpening {

    /** Whether a portal may be opened on this slug, and if not why. */
    SlugCheck check(String slug);

    /** The host a portal on this slug answers on. */
    String hostFor(String slug);

    /**
     * @throws SlugRefused when the slug is malformed, reserved or taken (checked again here: two sign-ups may race)
     */
    TenantProfile open(String slug, String name, Locale locale, Currency currency, LegalEntity company);

    TenantProfile rebrand(TenantId tenant, PortalBranding branding);

    /**
     * Serves the portal on one more host (a domain of the supplier's own, once verified), on every instance at once.
     *
     * @throws IllegalArgumentException for a platform host or another tenant's
     */
    TenantProfile addHost(TenantId tenant, String host);

    /** Stops serving a host added with {@link #addHost}; the portal's own {@code <slug>} host stays. */
    TenantProfile removeHost(TenantId tenant, String host);

    /** From onboarding to its plan's trial; {@code by} names who did it, for the operators' log. */
    TenantProfile goLive(TenantId tenant, String by);

    enum SlugCheck {
        AVAILABLE, MALFORMED, RESERVED, TAKEN;

        /** A translation key saying so. */
        public String key() {
            return "slug." + name().toLowerCase(Locale.ROOT);
        }
    }

    class SlugRefused extends RuntimeException {
        private final SlugCheck reason;

        public SlugRefused(SlugCheck reason, String slug) {
            super("The portal address '" + slug + "' cannot be used: " + reason.name().toLowerCase(Locale.ROOT));
            this.reason = reason;
        }

        public SlugCheck reason() {
            return reason;
        }
    }
}
