package dev.feira.identity.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;

/**
 * A buyer company's account at one supplier (the tenant): its account number, customer category
 * and the sales rep who owns it. Tenant-owned, so one supplier never sees another's customers.
 */
@Entity
@jakarta.persistence.EntityListeners(AccountWrites.class)
@Table(name = "buyer_account")
class BuyerAccount {

    @Id
    private UUID id;
    @TenantId
    private UUID tenantId;
    private UUID buyerCompanyId;
    private String accountNumber;
    private String customerCategory;
    private UUID salesRepId;

    java.util.Optional<UUID> salesRepId() {
        return java.util.Optional.ofNullable(salesRepId);
    }
    private Instant createdAt = Instant.now();

    protected BuyerAccount() {
    }

    BuyerAccount(UUID buyerCompanyId, String accountNumber, String customerCategory, UUID salesRepId) {
        this.id = UUID.randomUUID();
        this.buyerCompanyId = buyerCompanyId;
        this.accountNumber = accountNumber;
        this.customerCategory = customerCategory;
        this.salesRepId = salesRepId;
    }

    void update(String accountNumber, String customerCategory, UUID salesRepId) {
        this.accountNumber = accountNumber;
        this.customerCategory = customerCategory;
        this.salesRepId = salesRepId;
    }

    void changeCategory(String customerCategory) {
        this.customerCategory = customerCategory;
    }

    UUID id() {
        return id;
    }

    String accountNumber() {
        return accountNumber;
    }

    String customerCategory() {
        return customerCategory;
    }

    UUID tenantId() {
        return tenantId;
    }

    UUID buyerCompanyId() {
        return buyerCompanyId;
    }
}
