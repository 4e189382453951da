package dev.feira.tenancy.internal;

import java.time.Instant;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import dev.feira.shared.TenantId;
import dev.feira.tenancy.TenantProfile;
import dev.feira.tenancy.Visibility;

@Entity
@Table(name = "tenant")
class TenantEntity {

    @Id
    private UUID id;
    private String slug;
    private String name;
    private String tagline;
    @Enumerated(EnumType.STRING)
    private Visibility visibility;
    private String defaultLocale;
    private String currency;
    private String primaryColor;
    @Column(columnDefinition = "bytea")
    private byte[] logo;
    private String logoContentType;
    private String legalName;
    private String cnpj;
    private String street;
    private String city;
    private String state;
    private String postalCode;
    private Instant createdAt = Instant.now();
    private Instant updatedAt = Instant.now();
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private dev.feira.tenancy.TenantStatus status = dev.feira.tenancy.TenantStatus.ACTIVE;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "tenant_host", joinColumns = @JoinColumn(name = "tenant_id"))
    @Column(name = "host")
    private Set<String> hosts = new LinkedHashSet<>();

    protected TenantEntity() {
    }

    TenantEntity(UUID id, String slug) {
        this.id = id;
        this.slug = slug;
    }

    void apply(TenantDefinition definition, byte[] logo, String logoContentType) {
        this.name = definition.name();
        this.tagline = definition.tagline();
        this.visibility = definition.visibility();
        this.defaultLocale = definition.locale().toLanguageTag();
        this.currency = definition.currency().getCurrencyCode();
        this.primaryColor = definition.primaryColor();
        this.logo = logo;
        this.logoContentType = logoContentType;
        this.hosts.clear();
        this.hosts.addAll(definition.hosts());
        this.updatedAt = Instant.now();
    }

    /** A portal being opened: its status starts at onboarding, its admin brands it before it goes live. */
    static TenantEntity opening(UUID id, String slug, String name, String host, Locale locale, Currency currency, String primaryColor) {
        var tenant = new TenantEntity(id, slug);
        tenant.name = name;
        tenant.visibility = Visibility.PUBLIC;
        tenant.defaultLocale = locale.toLanguageTag();
        tenant.currency = currency.getCurrencyCode();
        tenant.primaryColor = primaryColor;
        tenant.hosts.add(host);
        tenant.status = dev.feira.tenancy.TenantStatus.ONBOARDING;
        return tenant;
    }

    void registeredAs(dev.feira.tenancy.LegalEntity company) {
        this.legalName = company.legalName();
        this.cnpj = company.cnpj();
        this.street = company.street();
        this.city = company.city();
        this.state = company.state();
        this.postalCode = company.postalCode();
    }

    java.util.Optional<dev.feira.tenancy.LegalEntity> legalEntity() {
        return java.util.Optional.ofNullable(cnpj).map(c -> new dev.feira.tenancy.LegalEntity(legalName, c, street, city, state, postalCode));
    }

    /** Its {@code <slug>.…} host leads: links and sign-in redirects use the first host, which every portal has. */
    private List<String> ownHostFirst() {
        return hosts.stream().sorted(java.util.Comparator.comparing((String h) -> !h.startsWith(slug + ".")).thenComparing(h -> h)).toList();
    }

    void addHost(String host) {
        hosts.add(host);
        updatedAt = Instant.now();
    }

    boolean removeHost(String host) {
        if (host.startsWith(slug + ".") && hosts.size() == 1) {
            return false;
        }
        updatedAt = Instant.now();
        return hosts.remove(host);
    }

    /** A tenant declared under {@code tenants/} serves from the start: it has nothing left to set up. */
    void declaredLive() {
        if (status == dev.feira.tenancy.TenantStatus.ONBOARDING) {
            status = dev.feira.tenancy.TenantStatus.ACTIVE;
        }
    }

    void rebrand(dev.feira.tenancy.PortalBranding branding) {
        this.name = branding.name();
        this.tagline = branding.tagline();
        this.primaryColor = branding.primaryColor();
        this.defaultLocale = branding.locale().toLanguageTag();
        this.currency = branding.currency().getCurrencyCode();
        if (branding.logo() != null) {
            this.logo = branding.logo().content();
            this.logoContentType = branding.logo().contentType();
        }
        this.updatedAt = Instant.now();
    }

    UUID id() {
        return id;
    }

    byte[] logo() {
        return logo;
    }

    String logoContentType() {
        return logoContentType;
    }

    dev.feira.tenancy.TenantStatus status() {
        return status;
    }

    /** @throws IllegalStateException for a move its status does not allow */
    void becomes(dev.feira.tenancy.TenantStatus next) {
        if (!status.mayBecome(next)) {
            throw new IllegalStateException("A " + status + " tenant cannot become " + next);
        }
        status = next;
        updatedAt = Instant.now();
    }

    TenantProfile toProfile() {
        return new TenantProfile(new TenantId(id), slug, name, tagline, visibility,
                Locale.forLanguageTag(defaultLocale), Currency.getInstance(currency), primaryColor,
                logo == null ? null : Long.toString(updatedAt.toEpochMilli(), 36), ownHostFirst(), status, createdAt);
    }
}
