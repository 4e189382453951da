package dev.feira.identity;

import java.util.Optional;
import java.util.UUID;

/**
 * Who is acting for a buyer company, on any host: one of its people, or its own systems (an integration client's token,
 * {@code person} empty).
 */
public record BuyerCaller(UUID buyerCompany, String companyName, Optional<PortalUser> person) {

    /** Purchasers and buyer admins buy for the company; so do its systems. Approvers only approve. */
    public boolean mayPurchase() {
        return person.map(p -> p.has(Role.PURCHASER) || p.has(Role.BUYER_ADMIN)).orElse(true);
    }

    public String name() {
        return person.map(PortalUser::displayName).orElse(companyName);
    }
}
