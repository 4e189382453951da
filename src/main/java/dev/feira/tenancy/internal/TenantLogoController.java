package dev.feira.tenancy.internal;

import java.time.Duration;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.feira.shared.TenantContext;
import dev.feira.tenancy.TenantDirectory;

/** Serves the logo of the tenant whose host the request came in on. */
@RestController
class TenantLogoController {

    private final TenantDirectory directory;

    TenantLogoController(TenantDirectory directory) {
        this.directory = directory;
    }

    @GetMapping("/branding/logo")
    ResponseEntity<byte[]> logo() {
        return TenantContext.current()
                .flatMap(directory::logo)
                .map(logo -> ResponseEntity.ok()
                        .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic())
                        .contentType(MediaType.parseMediaType(logo.contentType()))
                        .header("X-Content-Type-Options", "nosniff")
                        .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
                        .body(logo.content()))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
