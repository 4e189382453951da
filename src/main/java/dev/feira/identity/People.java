package dev.feira.identity;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.feira.shared.TenantId;

/** The people of the platform as other modules need them: to notify them, to set their limits. */
public interface People {

    Optional<PortalUser> person(UUID user);

    /** The enabled people of a buyer company, by name. */
    List<PortalUser> ofBuyerCompany(UUID buyerCompany);

    /** The enabled staff of a supplier holding a role (its sales managers: {@link Role#SUPPLIER_ADMIN}), by name. */
    List<PortalUser> staffOf(TenantId supplier, Role role);
}
