package dev.feira.identity.internal;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import dev.feira.shared.TenantId;

/** An integration client (ERP, procurement system) acting for one supplier or one buyer company. */
@Entity
@Table(name = "api_client")
class ApiClient {

    @Id
    private UUID id;
    private String clientId;
    private String secretHash;
    private String name;
    private UUID supplierTenantId;
    private UUID buyerCompanyId;
    private Instant createdAt = Instant.now();

    protected ApiClient() {
    }

    private ApiClient(String clientId, String secretHash, String name) {
        this.id = UUID.randomUUID();
        this.clientId = clientId;
        this.secretHash = secretHash;
        this.name = name;
    }

    static ApiClient ofSupplier(TenantId supplier, String clientId, String secretHash, String name) {
        var client = new ApiClient(clientId, secretHash, name);
        client.supplierTenantId = supplier.value();
        return client;
    }

    static ApiClient ofBuyer(UUID buyerCompany, String clientId, String secretHash, String name) {
        var client = new ApiClient(clientId, secretHash, name);
        client.buyerCompanyId = buyerCompany;
        return client;
    }

    UUID id() {
        return id;
    }

    String clientId() {
        return clientId;
    }

    String secretHash() {
        return secretHash;
    }

    String name() {
        return name;
    }

    Optional<TenantId> supplier() {
        return Optional.ofNullable(supplierTenantId).map(TenantId::new);
    }

    Optional<UUID> buyerCompanyId() {
        return Optional.ofNullable(buyerCompanyId);
    }
}
