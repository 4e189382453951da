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
        boolean hasLogo,
        List<String> hosts,
        TenantStatus status) {

    public boolean isPublic() {
        return visibility == Visibility.PUBLIC;
    }
}
