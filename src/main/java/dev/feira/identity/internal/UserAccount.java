package dev.feira.identity.internal;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import dev.feira.identity.Role;
import dev.feira.shared.TenantId;

/** A person who signs in. Platform-wide: one sign-in serves every supplier portal. */
@Entity
@Table(name = "user_account")
class UserAccount {

    @Id
    private UUID id;
    private String username;
    private String passwordHash;
    private String displayName;
    private UUID supplierTenantId;
    private UUID buyerCompanyId;
    private boolean enabled = true;
    private String phone;
    private Instant createdAt = Instant.now();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    protected UserAccount() {
    }

    private UserAccount(String username, String passwordHash, String displayName, Set<Role> roles) {
        this.id = UUID.randomUUID();
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.roles = EnumSet.copyOf(roles);
    }

    static UserAccount supplierStaff(TenantId supplier, String username, String passwordHash, String displayName, Set<Role> roles) {
        if (roles.stream().anyMatch(r -> !r.isSupplierRole())) {
            throw new IllegalArgumentException("Supplier staff can only hold supplier roles, not " + roles);
        }
        var user = new UserAccount(username, passwordHash, displayName, roles);
        user.supplierTenantId = supplier.value();
        return user;
    }

    static UserAccount buyer(UUID buyerCompany, String username, String passwordHash, String displayName, Set<Role> roles) {
        if (roles.stream().anyMatch(r -> !r.isBuyerRole())) {
            throw new IllegalArgumentException("Buyer users can only hold buyer roles, not " + roles);
        }
        var user = new UserAccount(username, passwordHash, displayName, roles);
        user.buyerCompanyId = buyerCompany;
        return user;
    }

    static UserAccount operator(String username, String passwordHash, String displayName) {
        return new UserAccount(username, passwordHash, displayName, Set.of(Role.PLATFORM_OPERATOR));
    }

    UUID id() {
        return id;
    }

    /** The person's phone in E.164, if given. */
    java.util.Optional<String> phone() {
        return java.util.Optional.ofNullable(phone);
    }

    void changePhone(java.util.Optional<dev.feira.identity.PhoneNumber> number) {
        this.phone = number.map(dev.feira.identity.PhoneNumber::e164).orElse(null);
    }

    String username() {
        return username;
    }

    String passwordHash() {
        return passwordHash;
    }

    /** A new password (already hashed), set by the person through a reset link. */
    void changePassword(String newHash) {
        this.passwordHash = newHash;
    }

    /** New roles from the organisation's admin; of the organisation's kind only. */
    void changeRoles(Set<Role> next) {
        boolean supplier = supplierTenantId != null;
        if (next.isEmpty() || next.stream().anyMatch(r -> supplier ? !r.isSupplierRole() : !r.isBuyerRole())) {
            throw new IllegalArgumentException("Roles of the organisation's kind, at least one: not " + next);
        }
        this.roles.clear();
        this.roles.addAll(next);
    }

    /** Gone from the organisation: cannot sign in again; orders and notes keep naming the person. */
    void disable() {
        this.enabled = false;
    }

    String displayName() {
        return displayName;
    }

    boolean enabled() {
        return enabled;
    }

    Set<Role> roles() {
        return roles;
    }

    Optional<TenantId> supplier() {
        return Optional.ofNullable(supplierTenantId).map(TenantId::new);
    }

    Optional<UUID> buyerCompanyId() {
        return Optional.ofNullable(buyerCompanyId);
    }
}
