package dev.feira.tenancy.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.feira.shared.TenantId;
import dev.feira.tenancy.TenantDefinitionLoaded;

/** Creates or updates a tenant from its declarative definition, keeping its id across re-loads. */
@Service
class TenantProvisioning {

    private final Tenants tenants;
    private final JpaTenantDirectory directory;
    private final ApplicationEventPublisher events;
    private final TenantOpeningDesk opening;

    TenantProvisioning(Tenants tenants, JpaTenantDirectory directory, ApplicationEventPublisher events, TenantOpeningDesk opening) {
        this.tenants = tenants;
        this.directory = directory;
        this.events = events;
        this.opening = opening;
    }

    @Transactional
    TenantId apply(TenantDefinition definition, Path definitionDirectory) {
        for (String host : definition.hosts()) {
            tenants.findByHost(host)
                    .filter(owner -> !owner.toProfile().slug().equals(definition.slug()))
                    .ifPresent(owner -> {
                        throw new InvalidTenantDefinition(definitionDirectory.resolve(TenantDefinitionReader.FILE_NAME),
                                List.of("host '" + host + "' already belongs to tenant '" + owner.toProfile().slug() + "'"));
                    });
        }
        // A declared tenant is opened the way a signed-up one is, then takes its definition and is live at once.
        TenantEntity tenant = tenants.findBySlug(definition.slug()).orElseGet(() -> {
            opening.create(TenantEntity.opening(UUID.randomUUID(), definition.slug(), definition.name(), definition.hosts().getFirst(),
                    definition.locale(), definition.currency(), definition.primaryColor()));
            return tenants.findBySlug(definition.slug()).orElseThrow();
        });
        tenant.declaredLive();
        definition.company().ifPresent(tenant::registeredAs);
        byte[] logo = definition.logoFile() == null ? null : read(definitionDirectory.resolve(definition.logoFile()));
        tenant.apply(definition, logo, logo == null ? null : contentType(definition.logoFile()));
        tenants.save(tenant);
        directory.evictAll();
        TenantId id = new TenantId(tenant.id());
        events.publishEvent(new TenantDefinitionLoaded(id, definition.slug(), definitionDirectory.toAbsolutePath()));
        return id;
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String contentType(String fileName) {
        String lower = fileName.toLowerCase();
        if (lower.endsWith(".svg")) {
            return "image/svg+xml";
        }
        if (lower.endsWith(".png")) {
            return "image/png";
        }
        return "image/jpeg";
    }
}
