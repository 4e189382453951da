package dev.feira.tenancy;

import java.util.Currency;
import java.util.List;
import java.util.Locale;

import dev.feira.shared.TenantId;

/** What the portal needs to know about a supplier tenant: identity, branding, market. */
public record TenantProfile(
        TenantId id,
        String slug,
        String name,
        String tagline,
        Visibility visibility,
        Locale defaultLocale,
        Currency currency,
        String primaryColor,
        /** Changes with each new logo (it is served with a long cache life); null without one. */
        String logoVersion,
        List<String> hosts,
        TenantStatus status,
        /** When the portal was opened on Feira. */
        java.time.Instant openedAt) {

    public boolean hasLogo() {
        return logoVersion != null;
    }

    /** Where the portal's pages load the logo from (on the tenant's own host). */
    public String logoPath() {
        return "/branding/logo?v=" + logoVersion;
    }

    /** Buyers browse it only once it is live: a portal being set up is its own staff's. */
    public boolean isOpenToBuyers() {
        return status.serves() && status != TenantStatus.ONBOARDING;
    }

    public boolean isPublic() {
        return visibility == Visibility.PUBLIC;
    }
}
