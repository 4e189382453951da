package dev.feira.catalog.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.feira.catalog.Catalog;
import dev.feira.catalog.UnknownProduct;
import dev.feira.identity.CatalogAccess;
import dev.feira.shared.web.ApiProblem;
import dev.feira.tenancy.TenantDirectory;
import dev.feira.tenancy.TenantProfile;

/** Stock feeds from a supplier's ERP, on the supplier's own host. */
@RestController
@RequestMapping("/api/v1/stock")
@Tag(name = "Stock")
class StockApi {

    static final int MAX_STOCK = 1_000_000_000;

    private final Catalog catalog;
    private final TenantDirectory tenants;
    private final CatalogAccess access;

    StockApi(Catalog catalog, TenantDirectory tenants, CatalogAccess access) {
        this.catalog = catalog;
        this.tenants = tenants;
        this.access = access;
    }

    /** The level the ERP holds now. */
    record StockLevel(Integer stock) {
    }

    /** The product's stock after the update. */
    record StockResult(String sku, int stock) {
    }

    @PutMapping("/{sku}")
    @Operation(summary = "Set a product's stock level", description = "Supplier tokens only, on the supplier's own host. Buyers see the new level at once.")
    StockResult setStock(@PathVariable String sku, @RequestBody StockLevel level) {
        TenantProfile supplier = tenants.current().orElseThrow(() -> ApiProblem.of(HttpStatus.NOT_FOUND,
                "Stock is set on the supplier's host, e.g. http://ferragens.localhost:8080/api/v1/stock/{sku}"));
        if (!access.mayManage(supplier)) {
            throw ApiProblem.of(HttpStatus.FORBIDDEN, "Only " + supplier.name() + " may set its stock.");
        }
        if (level == null || level.stock() == null || level.stock() < 0 || level.stock() > MAX_STOCK) {
            throw ApiProblem.of(HttpStatus.BAD_REQUEST, "stock must be a whole number from 0 to " + MAX_STOCK);
        }
        try {
            var product = catalog.setStock(sku, level.stock());
            return new StockResult(product.sku(), product.stock());
        } catch (UnknownProduct e) {
            throw ApiProblem.of(HttpStatus.NOT_FOUND, e.getMessage());
        }
    }
}
