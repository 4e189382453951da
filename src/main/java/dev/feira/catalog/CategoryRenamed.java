package dev.feira.catalog;

import java.time.Instant;

import dev.feira.shared.TenantId;
import dev.feira.shared.TenantScoped;

/** A category (and everything below it) now has another path; what named the old one should follow. */
public record CategoryRenamed(TenantId tenant, String from, String to, Instant at) implements TenantScoped {
}
