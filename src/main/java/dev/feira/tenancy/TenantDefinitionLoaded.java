package dev.feira.tenancy;

import java.nio.file.Path;

import dev.feira.shared.TenantId;
import dev.feira.shared.TenantScoped;

/**
 * A declarative tenant definition ({@code tenants/<slug>/tenant.yaml}) was applied. Other modules
 * read their own files from {@code directory} (accounts, catalog), each in its own transaction.
 */
public record TenantDefinitionLoaded(TenantId tenant, String slug, Path directory) implements TenantScoped {
}
