package dev.feira.identity;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The people of the platform as other modules need them: to notify them, to set their limits. */
public interface People {

    Optional<PortalUser> person(UUID user);

    /** The enabled people of a buyer company, by name. */
    List<PortalUser> ofBuyerCompany(UUID buyerCompany);
}
