package dev.feira.tenancy.internal;

import java.util.Currency;
import java.util.List;
import java.util.Locale;

import dev.feira.tenancy.Visibility;

/** A validated {@code tenant.yaml}. */
record TenantDefinition(
        String slug,
        String name,
        String tagline,
        List<String> hosts,
        Visibility visibility,
        Locale locale,
        Currency currency,
        String primaryColor,
        String logoFile,
        java.util.Optional<dev.feira.tenancy.LegalEntity> company) {
}
