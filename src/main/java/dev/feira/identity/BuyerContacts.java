package dev.feira.identity;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The people a supplier's staff can reach at a buyer company they sell to: to follow up a cart, an order, a quote. */
public interface BuyerContacts {

    /**
     * The enabled people of the account's buyer company, its admins and purchasers first.
     *
     * @throws org.springframework.security.access.AccessDeniedException unless the caller is staff of the account's supplier
     */
    List<BuyerContact> of(BuyerAccountProfile account);

    record BuyerContact(String name, String email, Set<Role> roles, Optional<PhoneNumber> phone) {
    }
}
