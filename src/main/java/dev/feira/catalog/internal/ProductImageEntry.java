package dev.feira.catalog.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;

import dev.feira.shared.persistence.AssignedIdentity;

@Entity
@Table(name = "product_image")
class ProductImageEntry extends AssignedIdentity<UUID> {

    @Id
    private UUID id;
    @TenantId
    private UUID tenantId;
    private UUID productId;
    private int position;
    private String contentType;
    private byte[] content;
    private String fileName;
    private Instant createdAt = Instant.now();

    protected ProductImageEntry() {
    }

    ProductImageEntry(UUID productId, int position, String contentType, byte[] content, String fileName) {
        this.id = UUID.randomUUID();
        this.productId = productId;
        this.position = position;
        this.contentType = contentType;
        this.content = content;
        this.fileName = fileName;
    }

    String contentType() {
        return contentType;
    }

    byte[] content() {
        return content;
    }

    @Override
    public UUID getId() {
        return id;
    }
}
