package dev.feira.catalog.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.feira.identity.ForSupplierStaff;
import dev.feira.catalog.Catalog;
import dev.feira.catalog.StockLevel;
import dev.feira.catalog.UnknownProduct;
import dev.feira.catalog.UnknownWarehouse;
import dev.feira.identity.CatalogAccess;
import dev.feira.shared.web.ApiProblem;
import dev.feira.tenancy.TenantDirectory;
import dev.feira.tenancy.TenantProfile;

/** Stock feeds from a supplier's ERP, on the supplier's own host. */
@RestController
@ForSupplierStaff
@RequestMapping("/api/v1/stock")
@Tag(name = "Stock")
class StockApi {

    static final int MAX_STOCK = 1_000_000_000;

    private final Catalog catalog;

    StockApi(Catalog catalog) {
        this.catalog = catalog;
    }

    /** The level the ERP holds now, in one warehouse (none: the main warehouse). */
    record StockUpdate(Integer stock, String warehouse) {
    }

    /** The product's stock after the update: the total and what each warehouse holds. */
    record StockResult(String sku, int stock, java.util.List<StockLevel> warehouses) {
    }

    @GetMapping("/{sku}")
    @Operation(summary = "A product's stock per warehouse", description = "Supplier tokens only, on the supplier's own host.")
    StockResult stock(@PathVariable String sku) {
        try {
            return result(sku);
        } catch (UnknownProduct e) {
            throw ApiProblem.of(HttpStatus.NOT_FOUND, e.getMessage());
        }
    }

    private StockResult result(String sku) {
        var levels = catalog.stockOf(sku);
        return new StockResult(sku, levels.stream().mapToInt(StockLevel::quantity).sum(), levels);
    }

    @PutMapping("/{sku}")
    @Operation(summary = "Set a product's stock level in a warehouse",
            description = "Supplier tokens only, on the supplier's own host. Without a warehouse, the main one. Buyers see the new total at once.")
    StockResult setStock(@PathVariable String sku, @RequestBody StockUpdate level) {
        if (level == null || level.stock() == null || level.stock() < 0 || level.stock() > MAX_STOCK) {
            throw ApiProblem.of(HttpStatus.BAD_REQUEST, "stock must be a whole number from 0 to " + MAX_STOCK);
        }
        try {
            catalog.setStock(sku, level.warehouse(), level.stock());
            return result(sku);
        } catch (UnknownProduct e) {
            throw ApiProblem.of(HttpStatus.NOT_FOUND, e.getMessage());
        } catch (UnknownWarehouse e) {
            throw ApiProblem.of(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
        }
    }
}
