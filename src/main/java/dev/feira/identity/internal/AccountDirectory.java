package dev.feira.identity.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import dev.feira.identity.BuyerAccountDirectory;
import dev.feira.identity.BuyerAccountProfile;
import dev.feira.identity.BuyerCaller;
import dev.feira.identity.CatalogAccess;
import dev.feira.identity.CurrentUser;
import dev.feira.identity.People;
import dev.feira.identity.PortalUser;
import dev.feira.identity.Role;
import dev.feira.shared.TenantContext;
import dev.feira.shared.TenantId;
import dev.feira.tenancy.TenantDirectory;
import dev.feira.tenancy.TenantProfile;

/**
 * Answers who is signed in and what they may see. Reads the user afresh from the database, so a
 * disabled account or a changed role takes effect on the next request, whatever the session holds.
 */
@Service
class AccountDirectory implements CurrentUser, CatalogAccess, BuyerAccountDirectory, People, dev.feira.tenancy.PlatformOperators {

    private final org.springframework.transaction.support.TransactionTemplate atSupplier;

    private final UserAccounts users;
    private final BuyerCompanies companies;
    private final BuyerAccounts buyerAccounts;
    private final TenantDirectory tenants;

    private final SupportDesk support;
    private final AccountsOfCompanies remembered;

    AccountDirectory(UserAccounts users, BuyerCompanies companies, BuyerAccounts buyerAccounts, TenantDirectory tenants,
                     org.springframework.transaction.PlatformTransactionManager transactions, SupportDesk support,
                     AccountsOfCompanies remembered) {
        this.support = support;
        this.remembered = remembered;
        this.atSupplier = new org.springframework.transaction.support.TransactionTemplate(transactions);
        this.atSupplier.setPropagationBehavior(org.springframework.transaction.TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.atSupplier.setReadOnly(true);
        this.users = users;
        this.companies = companies;
        this.buyerAccounts = buyerAccounts;
        this.tenants = tenants;
    }

    /**
     * The signed-in person, read afresh by every request, once: a page asks who is there for its menu, each price, each
     * supplier's offer on the marketplace, and asking the database each time was most of a marketplace page's work.
     */
    @Override
    public Optional<PortalUser> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken || authentication instanceof JwtAuthenticationToken) {
            return Optional.empty();
        }
        var request = RequestContextHolder.getRequestAttributes();
        String key = SIGNED_IN_PERSON + authentication.getName();
        if (request != null && request.getAttribute(key, RequestAttributes.SCOPE_REQUEST) instanceof ReadThisRequest read) {
            return read.person();
        }
        var person = users.findByUsernameIgnoreCase(authentication.getName())
                .filter(UserAccount::enabled)
                .map(this::toPortalUser);
        if (request != null) {
            request.setAttribute(key, new ReadThisRequest(person), RequestAttributes.SCOPE_REQUEST);
        }
        return person;
    }

    private static final String SIGNED_IN_PERSON = AccountDirectory.class.getName() + ".person:";

    private record ReadThisRequest(Optional<PortalUser> person) {
    }

    @Override
    public Optional<PortalUser> person(UUID user) {
        return users.findById(user).map(this::toPortalUser);
    }

    @Override
    public List<PortalUser> ofBuyerCompany(UUID buyerCompany) {
        return users.findByBuyerCompanyIdAndEnabledTrueOrderByDisplayName(buyerCompany).stream().map(this::toPortalUser).toList();
    }

    @Override
    public List<PortalUser> staffOf(TenantId supplier, Role role) {
        return users.findBySupplierTenantIdAndEnabledTrueOrderByDisplayName(supplier.value()).stream()
                .filter(user -> user.roles().contains(role)).map(this::toPortalUser).toList();
    }

    @Override
    public Optional<PortalUser> salesRepOf(UUID buyerAccount) {
        return buyerAccounts.findById(buyerAccount).flatMap(BuyerAccount::salesRepId).flatMap(users::findById)
                .filter(UserAccount::enabled).map(this::toPortalUser);
    }

    Optional<PortalUser> byUsername(String username) {
        return users.findByUsernameIgnoreCase(username).map(this::toPortalUser);
    }

    @Override
    public String requireOperator() {
        return get().filter(user -> user.has(Role.PLATFORM_OPERATOR)).map(PortalUser::username)
                .orElseThrow(() -> new AccessDeniedException("Only platform operators do this"));
    }

    @Override
    public boolean mayBrowse(TenantProfile supplier) {
        // A suspended or cancelled supplier is nobody's to browse (its host answers nobody either); one still being set
        // up is its own people's (and the operators') until it goes live.
        return supplier.status().serves()
                && ((supplier.isPublic() && supplier.isOpenToBuyers()) || caller().map(c -> isInsider(c, supplier)).orElse(false));
    }

    @Override
    public boolean maySeePrices(TenantProfile supplier) {
        return caller().map(c -> supplier.isPublic() || isInsider(c, supplier)).orElse(false);
    }

    @Override
    public boolean mayManage(TenantProfile supplier) {
        return caller().map(c -> supportsAsOperator(c, supplier) || c.supplier().filter(supplier.id()::equals).isPresent()).orElse(false);
    }

    @Override
    public TenantProfile requireManager() {
        return tenants.current().filter(this::mayManage)
                .orElseThrow(() -> new AccessDeniedException("Only the supplier's own people and systems manage its data"));
    }

    @Override
    public TenantProfile requireAdministrator() {
        return tenants.current().filter(this::mayAdminister)
                .orElseThrow(() -> new AccessDeniedException("Only the supplier's admins and its own systems change its settings"));
    }

    @Override
    public boolean mayAdminister(TenantProfile supplier) {
        if (SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken) {
            return mayManage(supplier); // the supplier's own systems (integration clients)
        }
        return get().map(user -> (user.has(Role.PLATFORM_OPERATOR) && support.isOpenFor(user.username(), supplier.id()))
                        || (user.has(Role.SUPPLIER_ADMIN) && user.isStaffOf(supplier.id())))
                .orElse(false);
    }

    @Override
    public Optional<BuyerAccountProfile> ofCaller() {
        if (TenantContext.current().isEmpty()) {
            return Optional.empty();
        }
        var supplier = TenantContext.current().get();
        return caller().flatMap(Caller::buyerCompany).flatMap(company -> remembered.at(supplier, company,
                () -> buyerAccounts.findByBuyerCompanyId(company).map(this::profile)));
    }

    @Override
    public Optional<BuyerAccountProfile> accountOfCompany(UUID buyerCompany) {
        return buyerAccounts.findByBuyerCompanyId(buyerCompany).map(this::profile);
    }

    @Override
    public Optional<BuyerCaller> buyerCaller() {
        if (SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken) {
            return caller().flatMap(Caller::buyerCompany)
                    .flatMap(company -> companies.findById(company).map(c -> new BuyerCaller(company, c.name(), Optional.empty())));
        }
        return get().flatMap(user -> user.buyerCompany().map(c -> new BuyerCaller(c.id(), c.name(), Optional.of(user))));
    }

    @Override
    public Optional<BuyerAccountProfile> byId(UUID id) {
        return buyerAccounts.findById(id).map(this::profile);
    }

    @Override
    public Optional<BuyerAccountProfile> byAccountNumber(String accountNumber) {
        return buyerAccounts.findByAccountNumber(accountNumber).map(this::profile);
    }

    @Override
    public List<BuyerAccountProfile> all() {
        return buyerAccounts.findAll().stream().map(this::profile)
                .sorted(Comparator.comparing(BuyerAccountProfile::accountNumber)).toList();
    }

    @Override
    @org.springframework.transaction.annotation.Transactional
    public BuyerAccountProfile assignCategory(String accountNumber, String category) {
        BuyerAccount account = buyerAccounts.findByAccountNumber(accountNumber)
                .orElseThrow(() -> new IllegalArgumentException("No buyer account '" + accountNumber + "'"));
        String clean = category == null || category.isBlank() ? null : category.strip().toLowerCase(java.util.Locale.ROOT);
        if (clean != null && !clean.matches("[a-z0-9][a-z0-9-]{0,62}")) {
            throw new IllegalArgumentException("A customer category is a short code of letters, digits and hyphens, e.g. construtoras");
        }
        account.changeCategory(clean);
        return profile(buyerAccounts.save(account));
    }

    private BuyerAccountProfile profile(BuyerAccount account) {
        var company = companies.findById(account.buyerCompanyId()).orElseThrow();
        return new BuyerAccountProfile(account.id(), account.accountNumber(), company.id(), company.code(), company.name(),
                account.customerCategory(), company.taxId());
    }

    /** Who is asking: a signed-in person, or an integration client whose token names its organisation. */
    private Optional<Caller> caller() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof JwtAuthenticationToken token) {
            return Optional.of(new Caller(false, null,
                    Optional.ofNullable(token.getToken().getClaimAsString(SignInClaims.SUPPLIER)).map(TenantId::of),
                    Optional.ofNullable(token.getToken().getClaimAsString(SignInClaims.BUYER_COMPANY)).map(UUID::fromString)));
        }
        return get().map(user -> new Caller(user.has(Role.PLATFORM_OPERATOR), user.username(), user.supplier(),
                user.buyerCompany().map(PortalUser.BuyerCompanyRef::id)));
    }

    private boolean isInsider(Caller caller, TenantProfile supplier) {
        if (supportsAsOperator(caller, supplier) || caller.supplier().filter(supplier.id()::equals).isPresent()) {
            return true;
        }
        // Read in a transaction of its own, bound to the supplier: a caller's transaction (bound to another tenant, or
        // to none on the marketplace) would see none of the supplier's accounts.
        return caller.buyerCompany()
                .map(company -> remembered.at(supplier.id(), company, () -> TenantContext.callAs(supplier.id(),
                        () -> atSupplier.execute(status -> buyerAccounts.findByBuyerCompanyId(company).map(this::profile)))).isPresent())
                .orElse(false);
    }

    /** An operator is an insider of a supplier only while holding support access to it (reason, time limit, shown). */
    private boolean supportsAsOperator(Caller caller, TenantProfile supplier) {
        return caller.operator() && support.isOpenFor(caller.username(), supplier.id());
    }

    private record Caller(boolean operator, String username, Optional<TenantId> supplier, Optional<UUID> buyerCompany) {
    }

    private PortalUser toPortalUser(UserAccount account) {
        var company = account.buyerCompanyId()
                .flatMap(companies::findById)
                .map(c -> new PortalUser.BuyerCompanyRef(c.id(), c.code(), c.name()));
        return new PortalUser(account.id(), account.username(), account.displayName(), Set.copyOf(account.roles()),
                account.supplier(), company);
    }
}
