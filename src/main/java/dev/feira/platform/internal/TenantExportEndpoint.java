package dev.feira.platform.internal;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import dev.feira.platform.TenantDataExport;
import dev.feira.shared.TenantContext;

/** The link in a cancelled supplier's mail: its data export, on the marketplace's host, while the link is valid. */
@RestController
class TenantExportEndpoint {

    private final TenantDataExport exports;

    TenantExportEndpoint(TenantDataExport exports) {
        this.exports = exports;
    }

    @GetMapping("/exports/{token}")
    ResponseEntity<byte[]> download(@PathVariable String token) {
        if (TenantContext.current().isPresent()) {
            return ResponseEntity.notFound().build(); // the marketplace's host only
        }
        return exports.download(token)
                .map(zip -> ResponseEntity.ok().contentType(MediaType.parseMediaType("application/zip"))
                        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("feira-export.zip").build().toString())
                        .header("Cache-Control", "no-store")
                        .body(zip))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
