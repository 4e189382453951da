package dev.feira.recovery.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import dev.feira.identity.CurrentUser;
import dev.feira.identity.Role;
import dev.feira.shared.TenantContext;

/**
 * Whose carts the caller looks at: a sales rep their accounts'; a supplier admin (the sales
 * manager), an operator with support access and the supplier's integration client (its CRM, checked by the API)
 * everyone's.
 */
@Component
class Viewer {

    private final CurrentUser currentUser;
    private final dev.feira.identity.CatalogAccess access;
    private final dev.feira.tenancy.TenantDirectory tenants;

    Viewer(CurrentUser currentUser, dev.feira.identity.CatalogAccess access, dev.feira.tenancy.TenantDirectory tenants) {
        this.currentUser = currentUser;
        this.access = access;
        this.tenants = tenants;
    }

    /** The rep to narrow to; empty for the whole team. */
    Optional<UUID> rep() {
        var me = currentUser.get();
        if (me.isEmpty()) {
            return Optional.empty();
        }
        var user = me.get();
        if (!user.isStaffOf(TenantContext.require())) {
            if (tenants.current().filter(access::mayAdminister).isPresent()) {
                return Optional.empty(); // an operator with support access sees what the admin sees
            }
            throw new AccessDeniedException("Cart recovery is for the supplier's team");
        }
        return user.has(Role.SUPPLIER_ADMIN) ? Optional.empty() : Optional.of(user.id());
    }
}
