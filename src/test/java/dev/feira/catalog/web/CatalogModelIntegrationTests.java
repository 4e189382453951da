package dev.feira.catalog.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import dev.feira.catalog.Catalog;
import dev.feira.catalog.Categories;
import dev.feira.catalog.CategoryNode;
import dev.feira.catalog.ProductImages;
import dev.feira.pricing.ConditionsEditor;
import dev.feira.shared.TenantContext;
import dev.feira.tenancy.TenantDirectory;
import dev.feira.testing.Acting;
import dev.feira.testing.IntegrationApiClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The catalog beyond name and price: stock held per warehouse, units of sale, attributes as
 * search facets, the category tree (renames carry products and conditions along), pictures.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CatalogModelIntegrationTests {

    /** The smallest PNG there is: one transparent pixel. */
    static final byte[] PIXEL = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=");

    @LocalServerPort
    int port;
    @Autowired
    Catalog catalog;
    @Autowired
    Categories categories;
    @Autowired
    ProductImages images;
    @Autowired
    ConditionsEditor conditions;
    @Autowired
    TenantDirectory tenants;

    private IntegrationApiClient api;
    private String supplierToken;

    @BeforeEach
    void tokens() {
        api = new IntegrationApiClient(port);
        supplierToken = api.token("ferragens-erp", "ferragens-erp-secret-123");
    }

    /** As Ferragens itself (its own systems): the catalog and its conditions are the supplier's to change. */
    private <T> T asFerragens(java.util.function.Supplier<T> work) {
        return Acting.asSupplier(tenants.bySlug("ferragens").orElseThrow().id(), work);
    }

    @Test
    void stockIsHeldPerWarehouseAndTheTotalIsWhatBuyersSee() {
        var curitiba = api.put("ferragens.localhost", "/api/v1/stock/FP-00030", supplierToken, "{\"stock\": 70, \"warehouse\": \"CWB\"}");
        var main = api.put("ferragens.localhost", "/api/v1/stock/FP-00030", supplierToken, "{\"stock\": 30}");

        assertThat(curitiba.statusCode()).isEqualTo(200);
        assertThat(api.body(main).path("stock").asInt()).isEqualTo(100);
        var levels = api.body(api.get("ferragens.localhost", "/api/v1/stock/FP-00030", supplierToken)).path("warehouses");
        assertThat(levels.path(0).path("warehouse").asString()).isEqualTo("GRU"); // the main warehouse first
        assertThat(levels.path(0).path("quantity").asInt()).isEqualTo(30);
        assertThat(levels.path(1).path("warehouse").asString()).isEqualTo("CWB");
        assertThat(levels.path(1).path("quantity").asInt()).isEqualTo(70);
        String buyer = api.token("horizonte-compras", "horizonte-compras-secret-123");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(api.body(
                api.get("ferragens.localhost", "/api/v1/search?q=FP-00030", buyer)).path("hits").path(0).path("stock").asInt()).isEqualTo(100));
    }

    @Test
    void stockForAWarehouseTheSupplierDoesNotHaveIsRefused() {
        var response = api.put("ferragens.localhost", "/api/v1/stock/FP-00031", supplierToken, "{\"stock\": 5, \"warehouse\": \"XYZ\"}");

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(api.body(response).path("detail").asString()).contains("XYZ", "GRU", "CWB");
    }

    @Test
    void theDemoStockSheetFilledTheSecondWarehouse() {
        var levels = asFerragens(() -> catalog.stockOf("FP-00092"));

        assertThat(levels).extracting(l -> l.warehouse()).containsExactly("GRU", "CWB");
        assertThat(levels.get(1).quantity()).isEqualTo(20);
    }

    @Test
    void aStockSheetWithAnUnknownWarehouseChangesNothing() {
        var before = asFerragens(() -> catalog.stockOf("FP-00040"));
        var sheet = "sku,stock,warehouse\nFP-00040,999,CWB\nFP-00041,5,POA\n";

        var response = api.post("ferragens.localhost", "/api/v1/imports?kind=stock", supplierToken, "text/csv",
                sheet.getBytes(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("POA");
        assertThat(asFerragens(() -> catalog.stockOf("FP-00040"))).isEqualTo(before);
    }

    @Test
    void productsCarryUnitsOfSaleAndAttributesFromTheirSheet() {
        var product = asFerragens(() -> catalog.bySku("FP-00001")).orElseThrow();

        assertThat(product.units()).containsEntry("FD", 10).containsEntry("PLT", 400);
        assertThat(product.attributes()).containsEntry("Bitola", "M6").containsEntry("Material", "Aço Zincado Classe 8.8");
        assertThat(product.inBaseUnits(3, "FD")).contains(30);
        assertThat(product.inBaseUnits(3, "CX")).contains(3);
        assertThat(product.inBaseUnits(3, "KG")).isEmpty();
    }

    @Test
    void aSheetWithoutUnitOrAttributeColumnsLeavesThemAsTheyAre() {
        var response = api.post("ferragens.localhost", "/api/v1/imports?kind=products", supplierToken, "text/csv",
                "sku,name,unit,list_price\nFP-00003,Parafuso renomeado pelo ERP,CX,9.99\n".getBytes(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        var product = asFerragens(() -> catalog.bySku("FP-00003")).orElseThrow();
        assertThat(product.name()).isEqualTo("Parafuso renomeado pelo ERP");
        assertThat(product.units()).containsEntry("FD", 10);
        assertThat(product.attributes()).containsKey("Material");
    }

    @Test
    void aProductSheetWithABadUnitOrAttributeSaysWhereAndChangesNothing() {
        var sheet = """
                sku,name,unit,list_price,units,attributes
                FP-00050,Parafuso,CX,1.00,FD=dez,Material=Aço
                FP-00051,Parafuso,CX,1.00,CX=10,Material=Aço
                FP-00052,Parafuso,CX,1.00,,Material
                """;

        var response = api.post("ferragens.localhost", "/api/v1/imports?kind=products", supplierToken, "text/csv",
                sheet.getBytes(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(422);
        var problems = api.body(response).path("problems");
        assertThat(problems.toString()).contains("FD needs a whole number", "CX is the base unit already", "is not name=value");
        assertThat(asFerragens(() -> catalog.bySku("FP-00050")).orElseThrow().name()).isNotEqualTo("Parafuso");
    }

    @Test
    void searchOffersAttributeFacetsAndFiltersByThem() {
        String buyer = api.token("horizonte-compras", "horizonte-compras-secret-123");
        // The index fills after start-up, while tests already run: wait until it holds the whole catalog.
        await().atMost(Duration.ofSeconds(90)).until(() -> api.body(api.get("ferragens.localhost",
                "/api/v1/search?q=&size=1", buyer)).path("total").asLong() >= 202);
        var all = api.body(api.get("ferragens.localhost", "/api/v1/search?q=parafuso%20sextavado&size=100&facets=true", buyer));
        var inox = api.body(api.get("ferragens.localhost",
                "/api/v1/search?q=parafuso%20sextavado&size=100&attribute=Material%3DA%C3%A7o%20Inox%20A2", buyer));

        var materials = all.path("facets").path("attributes").path("Material");
        assertThat(materials.toString()).contains("Aço Inox A2");
        assertThat(inox.path("total").asLong()).isPositive().isLessThan(all.path("total").asLong());
        inox.path("hits").forEach(hit -> assertThat(hit.path("attributes").path("Material").asString()).isEqualTo("Aço Inox A2"));
        var malformed = api.get("ferragens.localhost", "/api/v1/search?q=x&attribute=Material", buyer);
        assertThat(malformed.statusCode()).isEqualTo(400);
    }

    @Test
    void renamingACategoryMovesItsProductsAndTheDiscountsThatNameIt() {
        asFerragens(() -> categories.create("Fixadores", "Pinos e Travas"));
        asFerragens(() -> {
            conditions.save(new ConditionsEditor.DiscountDraft("PINOS-TESTE", "Pinos", "industria", null,
                    "Fixadores > Pinos e Travas", java.math.BigDecimal.valueOf(4), null, null));
            return null;
        });
        var moved = asFerragens(() -> catalog.save(withCategory(catalog.bySku("FP-00195").orElseThrow(), "Fixadores > Pinos e Travas")));
        assertThat(moved.category()).isEqualTo("Fixadores > Pinos e Travas");

        asFerragens(() -> categories.rename("Fixadores > Pinos e Travas", "Travas"));

        assertThat(asFerragens(() -> catalog.bySku("FP-00195")).orElseThrow().category()).isEqualTo("Fixadores > Travas");
        assertThat(asFerragens(() -> categories.tree())).extracting(CategoryNode::path)
                .contains("Fixadores > Travas").doesNotContain("Fixadores > Pinos e Travas");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(asFerragens(() -> conditions.discounts()))
                .filteredOn(d -> d.code().equals("PINOS-TESTE")).singleElement()
                .extracting(ConditionsEditor.DiscountDraft::productGroup).isEqualTo("Fixadores > Travas"));
        assertThatThrownBy(() -> asFerragens(() -> {
            categories.remove("Fixadores > Travas");
            return null;
        })).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not empty");
    }

    @Test
    void picturesAreCheckedByContentAndServedOnlyOnTheSuppliersHost() {
        var picture = asFerragens(() -> images.add("FP-00002", "parafuso.png", PIXEL));
        assertThatThrownBy(() -> asFerragens(() -> images.add("FP-00002", "virus.png", "<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(ProductImages.InvalidImage.class);

        var served = api.getBytes("ferragens.localhost", "/media/products/FP-00002/" + picture.id(), null);
        var elsewhere = api.getBytes("escritorio.localhost", "/media/products/FP-00002/" + picture.id(), null);

        assertThat(picture.contentType()).isEqualTo("image/png");
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.headers().firstValue("Content-Type")).contains("image/png");
        assertThat(served.body()).isEqualTo(PIXEL);
        assertThat(elsewhere.statusCode()).isEqualTo(404);
        assertThat(asFerragens(() -> images.of("FP-00002"))).hasSize(1);
    }

    private static dev.feira.catalog.ProductSnapshot withCategory(dev.feira.catalog.ProductSnapshot p, String category) {
        return new dev.feira.catalog.ProductSnapshot(p.sku(), p.gtin(), p.mpn(), p.name(), p.description(), p.brand(), category,
                p.unit(), p.packSize(), p.minOrderQuantity(), p.orderMultiple(), p.listPrice(), p.stock(), p.attributes(), p.units());
    }
}
