package dev.feira.identity;

import java.util.Optional;
import java.util.UUID;

import dev.feira.shared.TenantId;
import dev.feira.shared.TenantScoped;

/** The supplier {@code tenant} opened an account for the company (its number) or declined (its reason): the company is told. */
public record AccessDecided(TenantId tenant, UUID request, UUID buyerCompany, boolean approved, Optional<String> accountNumber,
                            Optional<String> reason) implements TenantScoped {
}
