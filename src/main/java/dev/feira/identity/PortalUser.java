package dev.feira.identity;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import dev.feira.shared.TenantId;

/**
 * A signed-in person. Belongs to one supplier tenant, or to one buyer company, or (operators) to
 * neither.
 */
public record PortalUser(
        UUID id,
        String username,
        String displayName,
        Set<Role> roles,
        Optional<TenantId> supplier,
        Optional<BuyerCompanyRef> buyerCompany) {

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isStaffOf(TenantId tenant) {
        return supplier.filter(tenant::equals).isPresent();
    }

    /** The buyer company a user buys for. */
    public record BuyerCompanyRef(UUID id, String code, String name) {
    }
}
