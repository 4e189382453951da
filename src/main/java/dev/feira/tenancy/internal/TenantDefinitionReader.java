package dev.feira.tenancy.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

import dev.feira.tenancy.Visibility;

/**
 * Reads and validates {@code tenants/<slug>/tenant.yaml}. Every problem found is reported at once,
 * naming the file (and the line, for syntax errors), so a supplier can fix the file in one pass.
 */
class TenantDefinitionReader {

    static final String FILE_NAME = "tenant.yaml";
    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{1,62}");
    private static final Pattern HOST = Pattern.compile("(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*");
    private static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{6}");
    private static final long MAX_LOGO_BYTES = 256 * 1024;

    private final YAMLMapper yaml = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /** The file as written; field names follow the documented format in {@code tenants/README.md}. */
    record RawDefinition(String slug, String name, String tagline, List<String> hosts, String visibility,
                         String locale, String currency, RawBranding branding, RawCompany company) {
    }

    /** The company behind the portal, as on its invoices: the origin state of its ICMS. */
    record RawCompany(String legalName, String cnpj, String street, String city, String state, String postalCode) {
    }

    record RawBranding(String primaryColor, String logo) {
    }

    TenantDefinition read(Path directory) {
        Path file = directory.resolve(FILE_NAME);
        RawDefinition raw;
        try {
            raw = yaml.readValue(Files.readString(file), RawDefinition.class);
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new InvalidTenantDefinition(file, line, e.getOriginalMessage(), e);
        } catch (java.io.IOException e) {
            throw new InvalidTenantDefinition(file, List.of("cannot be read: " + e.getMessage()));
        }
        if (raw == null) {
            throw new InvalidTenantDefinition(file, List.of("is empty"));
        }
        return validate(file, directory, raw);
    }

    private TenantDefinition validate(Path file, Path directory, RawDefinition raw) {
        List<String> problems = new ArrayList<>();
        String slug = raw.slug() == null ? directory.getFileName().toString() : raw.slug();
        if (!SLUG.matcher(slug).matches()) {
            problems.add("slug '" + slug + "' must be 2-63 lower-case letters, digits or '-'");
        }
        if (raw.name() == null || raw.name().isBlank()) {
            problems.add("name is required");
        }
        List<String> hosts = raw.hosts() == null ? List.of()
                : raw.hosts().stream().map(h -> h == null ? "" : h.trim().toLowerCase(Locale.ROOT)).toList();
        if (hosts.isEmpty()) {
            problems.add("hosts must list at least one host name");
        }
        hosts.stream().filter(h -> !HOST.matcher(h).matches())
                .forEach(h -> problems.add("host '" + h + "' is not a valid host name"));

        Visibility visibility = null;
        try {
            visibility = Visibility.valueOf(String.valueOf(raw.visibility()).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add("visibility must be 'public' or 'private', not '" + raw.visibility() + "'");
        }
        Locale locale = raw.locale() == null ? null : Locale.forLanguageTag(raw.locale());
        if (locale == null || locale.getLanguage().isEmpty()) {
            problems.add("locale must be a language tag such as pt-BR or en, not '" + raw.locale() + "'");
        }
        Currency currency = null;
        try {
            currency = Currency.getInstance(String.valueOf(raw.currency()));
        } catch (IllegalArgumentException e) {
            problems.add("currency must be an ISO 4217 code such as BRL, not '" + raw.currency() + "'");
        }
        RawBranding branding = raw.branding() == null ? new RawBranding(null, null) : raw.branding();
        if (branding.primaryColor() == null || !COLOR.matcher(branding.primaryColor()).matches()) {
            problems.add("branding.primaryColor must be a colour like #1a73e8, not '" + branding.primaryColor() + "'");
        }
        if (branding.logo() != null) {
            Path logo = directory.resolve(branding.logo()).normalize();
            if (!logo.startsWith(directory.normalize()) || !Files.isRegularFile(logo)) {
                problems.add("branding.logo '" + branding.logo() + "' is not a file in " + directory);
            } else if (sizeOf(logo) > MAX_LOGO_BYTES) {
                problems.add("branding.logo is larger than " + MAX_LOGO_BYTES / 1024 + " KiB");
            }
        }
        java.util.Optional<dev.feira.tenancy.LegalEntity> company = java.util.Optional.empty();
        if (raw.company() != null) {
            var given = raw.company();
            var cnpj = dev.feira.shared.Cnpj.valid(given.cnpj());
            var state = dev.feira.shared.BrazilianStates.valid(given.state());
            if (cnpj.isEmpty()) {
                problems.add("company.cnpj '" + given.cnpj() + "' is not a valid CNPJ");
            }
            if (state.isEmpty()) {
                problems.add("company.state '" + given.state() + "' is not a Brazilian state (UF)");
            }
            if (given.legalName() == null || given.street() == null || given.city() == null || given.postalCode() == null) {
                problems.add("company needs legalName, cnpj, street, city, state and postalCode");
            }
            if (cnpj.isPresent() && state.isPresent()) {
                company = java.util.Optional.of(new dev.feira.tenancy.LegalEntity(given.legalName(), cnpj.get(), given.street(),
                        given.city(), state.get(), given.postalCode()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidTenantDefinition(file, problems);
        }
        return new TenantDefinition(slug, raw.name().trim(), raw.tagline(), hosts, visibility, locale, currency,
                branding.primaryColor().toLowerCase(Locale.ROOT), branding.logo(), company);
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (java.io.IOException e) {
            return Long.MAX_VALUE;
        }
    }
}
