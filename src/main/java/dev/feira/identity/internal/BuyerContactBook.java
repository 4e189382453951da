package dev.feira.identity.internal;

import java.util.Comparator;
import java.util.List;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.feira.identity.BuyerAccountDirectory;
import dev.feira.identity.BuyerAccountProfile;
import dev.feira.identity.BuyerContacts;
import dev.feira.identity.CatalogAccess;
import dev.feira.identity.PhoneNumber;
import dev.feira.identity.Role;

/** A buyer company's people as its supplier's staff reach them; the account must be one of this supplier's. */
@Service
@Transactional(readOnly = true)
class BuyerContactBook implements BuyerContacts {

    private final UserAccounts users;
    private final BuyerAccountDirectory accounts;
    private final CatalogAccess access;

    BuyerContactBook(UserAccounts users, BuyerAccountDirectory accounts, CatalogAccess access) {
        this.users = users;
        this.accounts = accounts;
        this.access = access;
    }

    @Override
    public List<BuyerContact> of(BuyerAccountProfile account) {
        access.requireManager();
        var ours = accounts.byId(account.id()) // read under this supplier: another supplier's account is not found
                .orElseThrow(() -> new AccessDeniedException("Not an account of this supplier"));
        return users.findByBuyerCompanyIdAndEnabledTrueOrderByDisplayName(ours.buyerCompanyId()).stream()
                .map(user -> new BuyerContact(user.displayName(), user.username(), java.util.Set.copyOf(user.roles()),
                        user.phone().flatMap(PhoneNumber::read)))
                .sorted(Comparator.comparing((BuyerContact contact) -> !contact.roles().contains(Role.BUYER_ADMIN)
                        && !contact.roles().contains(Role.PURCHASER)))
                .toList();
    }
}
