package dev.feira.catalog.internal;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;

import dev.feira.shared.persistence.AssignedIdentity;

@Entity
@Table(name = "product_category")
class ProductCategory extends AssignedIdentity<UUID> {

    @Id
    private UUID id;
    @TenantId
    private UUID tenantId;
    private String path;

    protected ProductCategory() {
    }

    ProductCategory(String path) {
        this.id = UUID.randomUUID();
        this.path = path;
    }

    String path() {
        return path;
    }

    @Override
    public UUID getId() {
        return id;
    }
}
