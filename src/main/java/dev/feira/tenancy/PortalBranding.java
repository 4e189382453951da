package dev.feira.tenancy;

import java.util.Currency;
import java.util.Locale;

/** How a supplier's portal presents itself; a null logo keeps the one it has. */
public record PortalBranding(String name, String tagline, String primaryColor, Locale locale, Currency currency,
                             TenantDirectory.TenantLogo logo) {
}
