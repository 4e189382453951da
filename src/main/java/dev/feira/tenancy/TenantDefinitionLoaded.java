package dev.feira.tenancy;

import java.nio.file.Path;

import dev.feira.shared.TenantId;
import dev.feira.shared.TenantScoped;
import dev.feira.shared.events.NotRetried;

/**
 * A declarative tenant definition ({@code tenants/<slug>/tenant.yaml}) was applied. Other modules
 * read their own files from {@code directory} (accounts, catalog), each in its own transaction. A file that
 * fails is reported once and not read again until the next start ({@link NotRetried}).
 */
public record TenantDefinitionLoaded(TenantId tenant, String slug, Path directory) implements TenantScoped, NotRetried {
}
