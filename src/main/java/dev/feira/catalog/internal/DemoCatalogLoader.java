package dev.feira.catalog.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.event.TransactionalEventListener;

import dev.feira.catalog.Warehouse;
import dev.feira.shared.sheet.Sheet;
import dev.feira.tenancy.TenantDefinitionLoaded;

/**
 * Imports a declarative tenant's {@code warehouses.csv} (code, name; the first is the main one),
 * {@code catalog.csv} and {@code stock.csv} (levels of further warehouses). A broken file is
 * reported and nothing of it applied.
 */
@Component
class DemoCatalogLoader {

    static final String FILE_NAME = "catalog.csv";
    private static final Logger log = LoggerFactory.getLogger(DemoCatalogLoader.class);

    private final CatalogImport importer;
    private final StockSheetImport stock;
    private final TransactionTemplate ownTransaction;

    DemoCatalogLoader(CatalogImport importer, StockSheetImport stock, PlatformTransactionManager transactions) {
        this.importer = importer;
        this.stock = stock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @TransactionalEventListener
    @org.springframework.core.annotation.Order(20) // after accounts, before conditions (which name SKUs)
    void on(TenantDefinitionLoaded event) {
        Path file = event.directory().resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return;
        }
        try {
            Path warehouses = event.directory().resolve("warehouses.csv");
            if (Files.isRegularFile(warehouses)) {
                importer.defineWarehouses(read(warehouses).map(row -> new Warehouse(row.required("code"), row.required("name"), false)));
            }
            try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                var rows = CatalogCsv.parse(file.toString(), reader);
                int changed = importer.apply(rows);
                log.info("Catalog of tenant '{}': {} rows read, {} products created or changed", event.slug(), rows.size(), changed);
            }
            Path levels = event.directory().resolve("stock.csv");
            if (Files.isRegularFile(levels)) {
                Sheet sheet = read(levels);
                // After the tenant's commit: a transaction of its own, or the tenant's rows are out of sight.
                var applied = ownTransaction.execute(status -> stock.applyDeclared(sheet, percent -> { }));
                log.info("Stock of tenant '{}': {} levels read, {} products changed", event.slug(), applied.rows(), applied.changed());
            }
        } catch (dev.feira.shared.sheet.InvalidSheet e) {
            log.error("Catalog file rejected, nothing applied: {}", e.getMessage());
        } catch (IOException | IllegalArgumentException e) {
            log.error("Catalog files of {} cannot be read: {}", event.slug(), e.getMessage());
        }
    }

    private static Sheet read(Path file) throws IOException {
        try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return Sheet.csv(file.toString(), reader);
        }
    }
}
