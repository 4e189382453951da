package dev.feira.identity.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.feira.identity.AccountOpening;
import dev.feira.identity.CurrentUser;
import dev.feira.identity.Invitations;
import dev.feira.identity.PasswordPolicy;
import dev.feira.identity.PortalUser;
import dev.feira.identity.Refusal;
import dev.feira.identity.Role;
import dev.feira.shared.TenantContext;
import dev.feira.shared.TenantId;
import dev.feira.shared.mail.LinkMail;
import dev.feira.shared.secrets.LinkTokens;
import dev.feira.tenancy.TenantDirectory;
import dev.feira.tenancy.TenantProfile;

/**
 * Invitations and the people of an organisation, for its admins; and the first admin of a new supplier portal. The
 * caller's organisation comes from the caller's own account, never from an argument, so no id of another organisation
 * reaches anything here.
 */
@Service
@Transactional
class InvitationDesk implements Invitations, AccountOpening {

    static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");

    private final JdbcClient sql;
    private final UserAccounts users;
    private final BuyerCompanies companies;
    private final CurrentUser current;
    private final TenantDirectory tenants;
    private final PasswordEncoder passwords;
    private final LinkMail mail;
    private final PortalUrls urls;
    private final Clock clock;

    InvitationDesk(JdbcClient sql, UserAccounts users, BuyerCompanies companies, CurrentUser current, TenantDirectory tenants,
                   PasswordEncoder passwords, LinkMail mail, PortalUrls urls, Clock clock) {
        this.sql = sql;
        this.users = users;
        this.companies = companies;
        this.current = current;
        this.tenants = tenants;
        this.passwords = passwords;
        this.mail = mail;
        this.urls = urls;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean emailInUse(String email) {
        return email != null && users.findByUsernameIgnoreCase(email.strip()).isPresent();
    }

    @Override
    public PortalUser openSupplierAdmin(TenantId supplier, String email, String displayName, String password, Locale locale) {
        String address = address(email);
        checkPassword(password, address);
        var admin = UserAccount.supplierStaff(supplier, address, passwords.encode(password), name(displayName, address),
                Set.of(Role.SUPPLIER_ADMIN));
        return member(users.save(admin));
    }

    @Override
    public Invitation invite(String email, String displayName, Set<Role> roles, Locale locale) {
        var admin = requireAdmin();
        String address = address(email);
        requireRolesOf(admin, roles);
        String token = LinkTokens.newToken();
        Instant now = clock.instant();
        var id = UUID.randomUUID();
        sql.sql("""
                        insert into invitation (id, supplier_tenant_id, buyer_company_id, email, display_name, roles, invited_by, token_hash,
                                                created_at, expires_at)
                        values (:id, :supplier, :company, :email, :name, :roles, :by, :hash, :now, :expires)""")
                .param("id", id).param("supplier", admin.supplierId()).param("company", admin.companyId())
                .param("email", address).param("name", blankToNull(displayName)).param("roles", encode(roles))
                .param("by", admin.name()).param("hash", LinkTokens.hash(token))
                .param("now", Timestamp.from(now)).param("expires", Timestamp.from(now.plus(Duration.ofDays(VALID_DAYS)))).update();
        mail.send(address, locale, "invitation.mail", urls.issuer() + "/signin/invitation/" + token,
                admin.name(), organisationName(admin), VALID_DAYS);
        return new Invitation(id, address, blankToNull(displayName), Set.copyOf(roles), admin.name(), now,
                now.plus(Duration.ofDays(VALID_DAYS)), false);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Invitation> pending() {
        var admin = requireAdmin();
        Instant now = clock.instant();
        return sql.sql("""
                        select id, email, display_name, roles, invited_by, created_at, expires_at from invitation
                        where (supplier_tenant_id = :supplier or buyer_company_id = :company) and accepted_at is null and withdrawn_at is null
                        order by created_at desc limit 200""")
                .param("supplier", admin.supplierId()).param("company", admin.companyId())
                .query((rs, n) -> {
                    Instant expires = rs.getTimestamp("expires_at").toInstant();
                    return new Invitation(rs.getObject("id", UUID.class), rs.getString("email"), rs.getString("display_name"),
                            decode(rs.getString("roles")), rs.getString("invited_by"), rs.getTimestamp("created_at").toInstant(), expires,
                            !now.isBefore(expires));
                })
                .list();
    }

    @Override
    public boolean withdraw(UUID invitation) {
        var admin = requireAdmin();
        return sql.sql("""
                        update invitation set withdrawn_at = :now
                        where id = :id and (supplier_tenant_id = :supplier or buyer_company_id = :company)
                          and accepted_at is null and withdrawn_at is null""")
                .param("now", Timestamp.from(clock.instant())).param("id", invitation)
                .param("supplier", admin.supplierId()).param("company", admin.companyId())
                .update() == 1;
    }

    @Override
    @Transactional(readOnly = true)
    public InvitationPreview preview(String token) {
        var open = open(token);
        return new InvitationPreview(open.organisation(), open.email(), open.displayName(), open.roles(), open.invitedBy());
    }

    @Override
    public PortalUser accept(String token, String displayName, String password) {
        var open = open(token);
        if (users.findByUsernameIgnoreCase(open.email()).isPresent()) {
            throw new Refusal("invitation.email-taken", "An account signs in with " + open.email() + " already");
        }
        checkPassword(password, open.email());
        String name = name(displayName == null || displayName.isBlank() ? open.displayName() : displayName, open.email());
        var account = open.supplier() != null
                ? UserAccount.supplierStaff(new TenantId(open.supplier()), open.email(), passwords.encode(password), name, open.roles())
                : UserAccount.buyer(open.company(), open.email(), passwords.encode(password), name, open.roles());
        var saved = users.save(account);
        sql.sql("update invitation set accepted_at = :now where id = :id").param("now", Timestamp.from(clock.instant()))
                .param("id", open.id()).update();
        return member(saved);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Member> members() {
        var admin = requireAdmin();
        return colleaguesOf(admin).stream().map(u -> toMember(u, admin)).toList();
    }

    @Override
    public Member changeRoles(UUID person, Set<Role> roles) {
        var admin = requireAdmin();
        var colleague = colleague(admin, person); // someone else's person is unknown here, whatever the roles asked
        requireRolesOf(admin, roles);
        Role adminRole = admin.supplier().isPresent() ? Role.SUPPLIER_ADMIN : Role.BUYER_ADMIN;
        if (colleague.roles().contains(adminRole) && !roles.contains(adminRole) && admins(admin, adminRole) == 1) {
            throw new Refusal("people.last-admin", "The organisation would have no admin left");
        }
        colleague.changeRoles(EnumSet.copyOf(roles));
        return toMember(users.save(colleague), admin);
    }

    @Override
    public Member changePhone(UUID person, String phone) {
        var admin = requireAdmin();
        var colleague = colleague(admin, person);
        var number = dev.feira.identity.PhoneNumber.read(phone);
        if (number.isEmpty() && phone != null && !phone.isBlank()) {
            throw new Refusal("people.refused.phone", "Not a phone number: " + phone);
        }
        colleague.changePhone(number);
        return toMember(users.save(colleague), admin);
    }

    @Override
    public void remove(UUID person) {
        var admin = requireAdmin();
        if (person.equals(admin.person())) {
            throw new Refusal("people.not-yourself", "Admins do not remove themselves");
        }
        var colleague = colleague(admin, person);
        colleague.disable();
        users.save(colleague);
    }

    private record OpenInvitation(UUID id, UUID supplier, UUID company, String email, String displayName, Set<Role> roles,
                                  String invitedBy, String organisation) {
    }

    private OpenInvitation open(String token) {
        Instant now = clock.instant();
        record Row(UUID id, UUID supplier, UUID company, String email, String name, String roles, String by, Instant expires,
                   boolean accepted, boolean withdrawn) {
        }
        var row = sql.sql("""
                        select id, supplier_tenant_id, buyer_company_id, email, display_name, roles, invited_by, expires_at,
                               accepted_at is not null as accepted, withdrawn_at is not null as withdrawn
                        from invitation where token_hash = :hash""")
                .param("hash", LinkTokens.hash(token))
                .query((rs, n) -> new Row(rs.getObject("id", UUID.class), rs.getObject("supplier_tenant_id", UUID.class),
                        rs.getObject("buyer_company_id", UUID.class), rs.getString("email"), rs.getString("display_name"),
                        rs.getString("roles"), rs.getString("invited_by"), rs.getTimestamp("expires_at").toInstant(),
                        rs.getBoolean("accepted"), rs.getBoolean("withdrawn")))
                .optional()
                .orElseThrow(() -> new Refusal("invitation.unknown", "This link is not an invitation Feira sent"));
        if (row.accepted()) {
            throw new Refusal("invitation.used", "This invitation was accepted already: sign in instead");
        }
        if (row.withdrawn()) {
            throw new Refusal("invitation.withdrawn", "This invitation was withdrawn");
        }
        if (!now.isBefore(row.expires())) {
            throw new Refusal("invitation.expired", "This invitation expired: ask for a new one");
        }
        String organisation = row.supplier() != null
                ? tenants.byId(new TenantId(row.supplier())).map(TenantProfile::name).orElse("")
                : companies.findById(row.company()).map(BuyerCompany::name).orElse("");
        return new OpenInvitation(row.id(), row.supplier(), row.company(), row.email(), row.name(), decode(row.roles()), row.by(),
                organisation);
    }

    /**
     * The organisation the caller administers: a supplier's admin on its own host (a supplier role counts there only)
     * or its own systems; a buyer company's admin, or its systems.
     */
    private Admin requireAdmin() {
        var here = TenantContext.current();
        if (SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken token) {
            var supplier = Optional.ofNullable(token.getToken().getClaimAsString(SignInClaims.SUPPLIER)).map(TenantId::of)
                    .filter(s -> here.filter(s::equals).isPresent());
            var company = Optional.ofNullable(token.getToken().getClaimAsString(SignInClaims.BUYER_COMPANY)).map(UUID::fromString);
            if (supplier.isPresent() || company.isPresent()) {
                return new Admin(supplier, supplier.isPresent() ? Optional.empty() : company, token.getName(), null);
            }
        }
        return current.get()
                .flatMap(u -> {
                    if (u.has(Role.SUPPLIER_ADMIN) && u.supplier().isPresent() && u.supplier().equals(here)) {
                        return Optional.of(new Admin(u.supplier(), Optional.empty(), u.displayName(), u.id()));
                    }
                    if (u.has(Role.BUYER_ADMIN) && u.buyerCompany().isPresent()) {
                        return Optional.of(new Admin(Optional.empty(), u.buyerCompany().map(PortalUser.BuyerCompanyRef::id), u.displayName(), u.id()));
                    }
                    return Optional.empty();
                })
                .orElseThrow(() -> new AccessDeniedException("Only an organisation's admins invite and manage its people"));
    }

    /** Who manages people, for which organisation; {@code person} is null for an organisation's own system. */
    private record Admin(Optional<TenantId> supplier, Optional<UUID> company, String name, UUID person) {

        UUID supplierId() {
            return supplier.map(TenantId::value).orElse(null);
        }

        UUID companyId() {
            return company.orElse(null);
        }
    }

    private static void requireRolesOf(Admin admin, Set<Role> roles) {
        boolean supplier = admin.supplier().isPresent();
        if (roles == null || roles.isEmpty() || roles.stream().anyMatch(r -> supplier ? !r.isSupplierRole() : !r.isBuyerRole())) {
            throw new Refusal("invitation.roles", "Choose at least one role of " + (supplier ? "a supplier's staff" : "a buyer company"));
        }
    }

    private List<UserAccount> colleaguesOf(Admin admin) {
        return admin.supplier().map(s -> users.findBySupplierTenantIdAndEnabledTrueOrderByDisplayName(s.value()))
                .orElseGet(() -> users.findByBuyerCompanyIdAndEnabledTrueOrderByDisplayName(admin.companyId()));
    }

    private UserAccount colleague(Admin admin, UUID person) {
        return users.findById(person).filter(UserAccount::enabled)
                .filter(u -> admin.supplier().isPresent() ? u.supplier().equals(admin.supplier()) : u.buyerCompanyId().equals(admin.company()))
                .orElseThrow(() -> new Refusal("people.unknown", "No such person in your organisation"));
    }

    private long admins(Admin admin, Role adminRole) {
        return colleaguesOf(admin).stream().filter(u -> u.roles().contains(adminRole)).count();
    }

    private Member toMember(UserAccount account, Admin admin) {
        return new Member(account.id(), account.username(), account.displayName(), Set.copyOf(account.roles()),
                account.id().equals(admin.person()), account.phone().flatMap(dev.feira.identity.PhoneNumber::read));
    }

    private String organisationName(Admin admin) {
        return admin.supplier().flatMap(tenants::byId).map(TenantProfile::name)
                .or(() -> admin.company().flatMap(companies::findById).map(BuyerCompany::name)).orElse("Feira");
    }

    private String address(String email) {
        String address = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        if (address.length() > 254 || !EMAIL.matcher(address).matches()) {
            throw new Refusal("invitation.email-invalid", "'" + email + "' is not an e-mail address");
        }
        if (users.findByUsernameIgnoreCase(address).isPresent()) {
            throw new Refusal("invitation.email-taken", "An account signs in with " + address + " already");
        }
        return address;
    }

    private static void checkPassword(String password, String email) {
        PasswordPolicy.check(password, email).ifPresent(refusal -> {
            throw new Refusal(refusal.key(), "The password " + refusal);
        });
    }

    private static String name(String displayName, String email) {
        String name = displayName == null ? "" : displayName.strip();
        return name.isEmpty() ? email.substring(0, email.indexOf('@')) : name.substring(0, Math.min(200, name.length()));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static PortalUser member(UserAccount account) {
        return new PortalUser(account.id(), account.username(), account.displayName(), Set.copyOf(account.roles()), account.supplier(),
                Optional.empty());
    }

    private static String encode(Set<Role> roles) {
        return roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
    }

    private static Set<Role> decode(String roles) {
        return Arrays.stream(roles.split(",")).map(Role::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }
}
