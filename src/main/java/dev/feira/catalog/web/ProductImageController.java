package dev.feira.catalog.web;

import java.time.Duration;
import java.util.UUID;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import dev.feira.catalog.ProductImages;
import dev.feira.identity.CatalogAccess;
import dev.feira.tenancy.TenantDirectory;

/** Product pictures, on the supplier's host, for whoever may browse its catalog. */
@RestController
class ProductImageController {

    private final ProductImages images;
    private final TenantDirectory tenants;
    private final CatalogAccess access;

    ProductImageController(ProductImages images, TenantDirectory tenants, CatalogAccess access) {
        this.images = images;
        this.tenants = tenants;
        this.access = access;
    }

    @GetMapping("/media/products/{sku}/{image}")
    ResponseEntity<byte[]> image(@PathVariable String sku, @PathVariable UUID image) {
        return tenants.current().filter(access::mayBrowse)
                .flatMap(tenant -> images.content(sku, image))
                .map(content -> ResponseEntity.ok()
                        // ids are never reused: a picture at an address never changes
                        .cacheControl(CacheControl.maxAge(Duration.ofDays(30)).cachePrivate())
                        .contentType(MediaType.parseMediaType(content.contentType()))
                        .header("X-Content-Type-Options", "nosniff")
                        .body(content.bytes()))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
