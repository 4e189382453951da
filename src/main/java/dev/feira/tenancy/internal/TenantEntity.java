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
                logo != null, List.copyOf(hosts), status);
    }
}
