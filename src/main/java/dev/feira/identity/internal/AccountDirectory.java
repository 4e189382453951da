package dev.feira.identity.internal;

import java.util.Optional;
import java.util.Set;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

import dev.feira.identity.CatalogAccess;
import dev.feira.identity.CurrentUser;
import dev.feira.identity.PortalUser;
import dev.feira.identity.Role;
import dev.feira.shared.TenantContext;
import dev.feira.tenancy.TenantProfile;

/**
 * Answers who is signed in and what they may see. Reads the user afresh from the database, so a
 * disabled account or a changed role takes effect on the next request, whatever the session holds.
 */
@Service
class AccountDirectory implements CurrentUser, CatalogAccess {

    private final UserAccounts users;
    private final BuyerCompanies companies;
    private final BuyerAccounts buyerAccounts;

    AccountDirectory(UserAccounts users, BuyerCompanies companies, BuyerAccounts buyerAccounts) {
        this.users = users;
        this.companies = companies;
        this.buyerAccounts = buyerAccounts;
    }

    @Override
    public Optional<PortalUser> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        return users.findByUsernameIgnoreCase(authentication.getName())
                .filter(UserAccount::enabled)
                .map(this::toPortalUser);
    }

    Optional<PortalUser> byUsername(String username) {
        return users.findByUsernameIgnoreCase(username).map(this::toPortalUser);
    }

    @Override
    public boolean mayBrowse(TenantProfile supplier) {
        if (supplier.isPublic()) {
            return true;
        }
        return get().map(user -> isInsider(user, supplier)).orElse(false);
    }

    @Override
    public boolean maySeePrices(TenantProfile supplier) {
        return get().map(user -> supplier.isPublic() || isInsider(user, supplier)).orElse(false);
    }

    private boolean isInsider(PortalUser user, TenantProfile supplier) {
        if (user.has(Role.PLATFORM_OPERATOR) || user.isStaffOf(supplier.id())) {
            return true;
        }
        return user.buyerCompany()
                .map(company -> TenantContext.callAs(supplier.id(), () -> buyerAccounts.existsByBuyerCompanyId(company.id())))
                .orElse(false);
    }

    private PortalUser toPortalUser(UserAccount account) {
        var company = account.buyerCompanyId()
                .flatMap(companies::findById)
                .map(c -> new PortalUser.BuyerCompanyRef(c.id(), c.code(), c.name()));
        return new PortalUser(account.id(), account.username(), account.displayName(), Set.copyOf(account.roles()),
                account.supplier(), company);
    }
}
