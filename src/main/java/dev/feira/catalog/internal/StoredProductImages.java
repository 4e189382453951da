package dev.feira.catalog.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.feira.catalog.ProductImages;
import dev.feira.catalog.UnknownProduct;
import dev.feira.identity.CatalogAccess;

/** Pictures kept in the database beside their product: one backup, one tenant check (row-level security). */
@Service
@Transactional(readOnly = true)
class StoredProductImages implements ProductImages {

    private final Products products;
    private final ProductImageEntries images;
    private final CatalogAccess access;

    StoredProductImages(Products products, ProductImageEntries images, CatalogAccess access) {
        this.products = products;
        this.images = images;
        this.access = access;
    }

    @Override
    public List<ProductImage> of(String sku) {
        return products.findBySku(sku).map(p -> images.listOf(p.getId())).orElse(List.of());
    }

    @Override
    @Transactional
    public ProductImage add(String sku, String fileName, byte[] content) {
        access.requireAdministrator();
        Product product = products.findBySku(sku).orElseThrow(() -> new UnknownProduct(sku));
        if (content == null || content.length == 0) {
            throw new InvalidImage("The file is empty");
        }
        if (content.length > MAX_BYTES) {
            throw new InvalidImage("A picture may have at most " + MAX_BYTES / (1024 * 1024) + " MB");
        }
        String type = contentType(content).orElseThrow(() -> new InvalidImage("Only PNG, JPEG or WebP pictures"));
        String name = fileName == null ? null : fileName.substring(0, Math.min(200, fileName.length()));
        var image = images.save(new ProductImageEntry(product.getId(), images.lastPosition(product.getId()) + 1, type, content, name));
        return images.listOf(product.getId()).stream().filter(i -> i.id().equals(image.getId())).findFirst().orElseThrow();
    }

    @Override
    @Transactional
    public void remove(String sku, UUID image) {
        access.requireAdministrator();
        products.findBySku(sku).flatMap(p -> images.findByIdAndProductId(image, p.getId())).ifPresent(images::delete);
    }

    @Override
    public Optional<ImageContent> content(String sku, UUID image) {
        return products.findBySku(sku).flatMap(p -> images.findByIdAndProductId(image, p.getId()))
                .map(i -> new ImageContent(i.contentType(), i.content()));
    }

    /** By the file's signature: a name or a browser's claim proves nothing. */
    static Optional<String> contentType(byte[] b) {
        if (b.length > 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return Optional.of("image/png");
        }
        if (b.length > 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return Optional.of("image/jpeg");
        }
        if (b.length > 12 && b[0] == 'R' && b[1] == 'I' && b[2] == 'F' && b[3] == 'F'
                && b[8] == 'W' && b[9] == 'E' && b[10] == 'B' && b[11] == 'P') {
            return Optional.of("image/webp");
        }
        return Optional.empty();
    }
}
