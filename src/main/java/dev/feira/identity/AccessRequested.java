package dev.feira.identity;

import java.util.UUID;

import dev.feira.shared.TenantId;
import dev.feira.shared.TenantScoped;

/** A buyer company asked the supplier {@code tenant} for an account: its admins are told. */
public record AccessRequested(TenantId tenant, UUID request, String companyName, String cnpj) implements TenantScoped {
}
