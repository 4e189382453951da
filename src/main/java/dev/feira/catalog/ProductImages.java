package dev.feira.catalog;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Pictures of the current supplier's products: PNG, JPEG or WebP, checked by their content, not their name. */
public interface ProductImages {

    /** Larger pictures are refused: a product photo for a B2B catalog needs no more. */
    int MAX_BYTES = 2 * 1024 * 1024;

    /** The product's pictures, first shown first. */
    List<ProductImage> of(String sku);

    /**
     * Adds a picture after the product's others.
     *
     * @throws UnknownProduct      when the SKU is not in the catalog
     * @throws InvalidImage when the content is not a PNG, JPEG or WebP picture, or too large
     */
    ProductImage add(String sku, String fileName, byte[] content);

    void remove(String sku, UUID image);

    Optional<ImageContent> content(String sku, UUID image);

    record ProductImage(UUID id, int position, String contentType, String fileName) {
    }

    record ImageContent(String contentType, byte[] bytes) {
    }

    class InvalidImage extends RuntimeException {
        public InvalidImage(String message) {
            super(message);
        }
    }
}
