package dev.feira.catalog.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import dev.feira.tenancy.TenantDefinitionLoaded;

/** Imports a declarative tenant's {@code catalog.csv}; a broken file is reported and nothing of it applied. */
@Component
class DemoCatalogLoader {

    static final String FILE_NAME = "catalog.csv";
    private static final Logger log = LoggerFactory.getLogger(DemoCatalogLoader.class);

    private final CatalogImport importer;

    DemoCatalogLoader(CatalogImport importer) {
        this.importer = importer;
    }

    @TransactionalEventListener
    @org.springframework.core.annotation.Order(20) // after accounts, before conditions (which name SKUs)
    void on(TenantDefinitionLoaded event) {
        Path file = event.directory().resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return;
        }
        try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            var rows = CatalogCsv.parse(file.toString(), reader);
            int changed = importer.apply(rows);
            log.info("Catalog of tenant '{}': {} rows read, {} products created or changed", event.slug(), rows.size(), changed);
        } catch (dev.feira.shared.sheet.InvalidSheet e) {
            log.error("Catalog file rejected, nothing applied: {}", e.getMessage());
        } catch (IOException e) {
            log.error("Catalog file {} cannot be read: {}", file, e.getMessage());
        }
    }
}
