package dev.feira.catalog.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

import dev.feira.catalog.ProductImages.ProductImage;

@Transactional(readOnly = true)
interface ProductImageEntries extends Repository<ProductImageEntry, UUID> {

    @Transactional
    ProductImageEntry save(ProductImageEntry image);

    @Transactional
    void delete(ProductImageEntry image);

    /** Without the bytes: listing pictures reads no picture. */
    @Query("""
            select new dev.feira.catalog.ProductImages$ProductImage(i.id, i.position, i.contentType, i.fileName)
            from ProductImageEntry i where i.productId = :productId order by i.position""")
    List<ProductImage> listOf(UUID productId);

    Optional<ProductImageEntry> findByIdAndProductId(UUID id, UUID productId);

    @Query("select coalesce(max(i.position), 0) from ProductImageEntry i where i.productId = :productId")
    int lastPosition(UUID productId);
}
