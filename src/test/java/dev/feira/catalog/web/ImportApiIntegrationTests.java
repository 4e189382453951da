package dev.feira.catalog.web;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import dev.feira.catalog.Catalog;
import dev.feira.shared.TenantContext;
import dev.feira.shared.TenantId;
import dev.feira.tenancy.TenantDirectory;
import dev.feira.testing.IntegrationApiClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spreadsheet feeds through the API: a sheet applies whole or not at all, a second run of the same
 * sheet changes nothing, and bad input — wrong columns, bad rows, formulas, unknown SKUs or lists,
 * an oversized file, another organisation's token — gets a clear error and changes nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ImportApiIntegrationTests {

    static final String HOST = "ferragens.localhost";
    static final String CSV = "text/csv";

    @LocalServerPort
    int port;
    @Autowired
    Catalog catalog;
    @Autowired
    TenantDirectory tenants;

    private IntegrationApiClient api;
    private String erp;
    private TenantId ferragens;

    @BeforeEach
    void setUp() {
        api = new IntegrationApiClient(port);
        erp = api.token("ferragens-erp", "ferragens-erp-secret-123");
        ferragens = tenants.bySlug("ferragens").orElseThrow().id();
    }

    @Test
    void aProductSheetAppliesOnceAndAgainChangesNothing() {
        String sheet = "sku,name,unit,list_price,stock\n"
                + "IMP-0001,Parafuso Allen M8 x 30 Inox,CX,31.90,40\n"
                + "IMP-0002,Porca Borboleta M8 Zincada,CX,12.40,15\n";

        var preview = importSheet("products&dryRun=true", sheet);
        var first = importSheet("products", sheet);
        var second = importSheet("products", sheet);

        assertThat(api.body(preview).path("changes").asInt()).isEqualTo(2);
        assertThat(productExists("IMP-0001")).isTrue();
        assertThat(api.body(first).path("changes").asInt()).isEqualTo(2);
        assertThat(api.body(second).path("changes").asInt()).isZero();
    }

    @Test
    void aNewProductIsStoredWithEverythingItsRowSaysAndOnlyForItsSupplier() {
        String sheet = "sku,gtin,mpn,name,description,brand,category,unit,pack_size,min_order_qty,order_multiple,list_price,stock,units,attributes,ncm,ipi" + "\n"
                + "IMP-FULL-1,7891234567895,AL-830,Parafuso Allen M8 x 30 Inox,Cabeça cilíndrica,Ciser,Fixadores > Parafusos,CX,100,2,4,"
                + "31.90,40,FD=10; PLT=400,Bitola=M8; Material=Inox,73181500,5\n"
                + "IMP-FULL-2,,,Porca Borboleta M8,,,,UN,1,1,1,2.50,0,,,,\n";

        var first = importSheet("products", sheet);
        var full = TenantContext.callAs(ferragens, () -> catalog.bySku("IMP-FULL-1")).orElseThrow();
        var bare = TenantContext.callAs(ferragens, () -> catalog.bySku("IMP-FULL-2")).orElseThrow();
        var again = importSheet("products", sheet);
        TenantId sabor = tenants.bySlug("sabor").orElseThrow().id();

        assertThat(api.body(first).path("changes").asInt()).isEqualTo(2);
        assertThat(full).extracting("gtin", "mpn", "name", "description", "brand", "category", "unit", "packSize",
                        "minOrderQuantity", "orderMultiple", "stock", "ncm")
                .containsExactly("7891234567895", "AL-830", "Parafuso Allen M8 x 30 Inox", "Cabeça cilíndrica", "Ciser",
                        "Fixadores > Parafusos", "CX", 100, 2, 4, 40, "73181500");
        assertThat(full.listPrice()).isEqualByComparingTo("31.90");
        assertThat(full.ipiRate()).isEqualByComparingTo("5");
        assertThat(full.units()).containsExactly(java.util.Map.entry("FD", 10), java.util.Map.entry("PLT", 400));
        assertThat(full.attributes()).containsExactly(java.util.Map.entry("Bitola", "M8"), java.util.Map.entry("Material", "Inox"));
        assertThat(bare.stock()).isZero();
        assertThat(bare.units()).isEmpty();
        // the same sheet again finds every value, the main warehouse's level included, as it wrote it
        assertThat(api.body(again).path("changes").asInt()).isZero();
        assertThat(TenantContext.callAs(sabor, () -> catalog.bySku("IMP-FULL-1"))).isEmpty();
    }

    @Test
    void aDryRunWritesNothing() {
        var preview = importSheet("products&dryRun=true", "sku,name,unit,list_price\nIMP-DRY,Arruela Lisa M4,CX,3.10\n");

        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(productExists("IMP-DRY")).isFalse();
    }

    @Test
    void aSheetWithBadRowsIsRefusedWholeWithEveryProblemAndChangesNothing() {
        String sheet = "sku,name,unit,list_price\n"
                + "IMP-0100,Bucha S8,CX,9.90\n"
                + "IMP-0101,,CX,abc\n"
                + "IMP-0102,\"=HYPERLINK(\"\"http://evil.example\"\",\"\"clique\"\")\",CX,1.00\n";

        var response = importSheet("products", sheet);

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(api.body(response).path("problems").toString())
                .contains("\"line\":3,\"column\":\"name\",\"message\":\"is required\"")
                .contains("\"line\":3,\"column\":\"list_price\"")
                .doesNotContain("\"line\":4"); // a formula-like name is text, made inert only when exported

        assertThat(productExists("IMP-0100")).as("the good row was not applied either").isFalse();
    }

    @Test
    void wrongColumnsAreNamed() {
        // "código" and "preço" are understood (as sku and list_price); a name and a unit are still missing.
        var response = importSheet("products", "codigo,descricao,preco\nX,Y,1\n");

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(api.body(response).path("problems").path(0).path("message").asString()).isEqualTo("missing columns name, unit");
        assertThat(api.body(response).path("problems").path(0).path("code").asString()).isEqualTo("sheet.problem.missing-columns");
    }

    @Test
    void aSheetSavedByExcelInPortugueseImportsAsItIs() {
        // Semicolons, Portuguese column names, decimal commas and dots grouping thousands, as Excel pt-BR saves CSV.
        String sheet = "Código;Nome;Unidade;Preço;Estoque;NCM;IPI\n"
                + "IMP-BR1;Parafuso Allen M8;CX;\"1.234,56\";\"1.200\";7318.15.00;\"6,5\"\n"
                + "IMP-BR2;Porca M8;CX;R$ 12,50;40;;\n";

        var response = importSheet("products", sheet);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        var first = TenantContext.callAs(ferragens, () -> catalog.bySku("IMP-BR1")).orElseThrow();
        assertThat(first.listPrice()).isEqualByComparingTo("1234.56");
        assertThat(first.stock()).isEqualTo(1200);
        assertThat(first.ncm()).isEqualTo("73181500");
        assertThat(first.ipiRate()).isEqualByComparingTo("6.5");
        assertThat(TenantContext.callAs(ferragens, () -> catalog.bySku("IMP-BR2")).orElseThrow().listPrice()).isEqualByComparingTo("12.5");
    }

    @Test
    void aBadSheetIsAnsweredInTheCallersLanguage() {
        var response = api.call("POST", HOST, "/api/v1/imports?kind=products", erp, CSV,
                "código;nome;unidade;preço\nIMP-BR3;Arruela;CX;doze\n".getBytes(StandardCharsets.UTF_8), "Accept-Language", "pt-BR");

        assertThat(response.statusCode()).isEqualTo(422);
        var problem = api.body(response).path("problems").path(0);
        assertThat(problem.path("column").asString()).isEqualTo("list_price");
        assertThat(problem.path("message").asString()).isEqualTo("'doze' não é um preço como 12,50");
        assertThat(api.body(response).path("detail").asString()).contains("um problema; nada foi aplicado");
        assertThat(productExists("IMP-BR3")).isFalse();
    }

    @Test
    void aStockSheetWithAnUnknownSkuChangesNoLevel() {
        int before = stockOf("FP-00150");

        var response = importSheet("stock", "sku,stock\nFP-00150,999\nNAO-EXISTE,5\n");

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(api.body(response).path("problems").path(0).path("message").asString())
                .isEqualTo("no product with SKU 'NAO-EXISTE' in the catalog");
        assertThat(stockOf("FP-00150")).isEqualTo(before);
    }

    @Test
    void aStockSheetSetsLevels() {
        // A row without a warehouse is the main warehouse's (GRU); Curitiba keeps its 150 of the demo data.
        var response = importSheet("stock", "sku,stock,warehouse\nFP-00151,321,\nFP-00152,7,CWB\n");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(TenantContext.callAs(ferragens, () -> catalog.stockOf("FP-00151")))
                .extracting(l -> l.warehouse() + "=" + l.quantity()).containsExactly("GRU=321", "CWB=150");
        assertThat(stockOf("FP-00151")).isEqualTo(471);
        assertThat(TenantContext.callAs(ferragens, () -> catalog.stockOf("FP-00152")).get(1).quantity()).isEqualTo(7);
    }

    @Test
    void aPriceSheetNamingAnUnknownListOrATierThatGetsDearerIsRefused() {
        var response = importSheet("prices", "price_list,sku,min_quantity,unit_price\n"
                + "NAO-EXISTE,FP-00001,1,5.00\n"
                + "GERAL,FP-00001,1,5.00\n"
                + "GERAL,FP-00001,10,5.50\n");

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(api.body(response).path("problems").toString())
                .contains("no price list 'NAO-EXISTE'")
                .contains("the tier from 10 costs more");
    }

    @Test
    void onlyTheSupplierItselfMayImport() {
        String sheet = "sku,stock\nFP-00152,1\n";
        var buyer = api.post(HOST, "/api/v1/imports?kind=stock", api.token("horizonte-compras", "horizonte-compras-secret-123"),
                CSV, sheet.getBytes(StandardCharsets.UTF_8));
        var otherSupplier = api.post(HOST, "/api/v1/imports?kind=stock", api.token("escritorio-erp", "escritorio-erp-secret-123"),
                CSV, sheet.getBytes(StandardCharsets.UTF_8));

        assertThat(buyer.statusCode()).isEqualTo(403);
        assertThat(otherSupplier.statusCode()).isEqualTo(403);
    }

    @Test
    void anOversizedFileIsRefusedBeforeItIsRead() {
        byte[] fiftyMegabytes = new byte[50 * 1024 * 1024];
        java.util.Arrays.fill(fiftyMegabytes, (byte) 'a');

        var response = api.post(HOST, "/api/v1/imports?kind=products", erp, CSV, fiftyMegabytes);

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(api.body(response).path("detail").asString()).contains("larger than 32 MB");
    }

    @Test
    void everyExportImportsAgainWithoutAChange() {
        for (String kind : java.util.List.of("products", "prices", "stock")) {
            for (String format : java.util.List.of("csv", "xlsx", "csv&locale=pt-BR")) {
                var exported = api.getBytes(HOST, "/api/v1/exports/" + kind + "?format=" + format, erp);
                assertThat(exported.statusCode()).as(kind + " " + format).isEqualTo(200);
                assertThat(exported.headers().firstValue("Content-Disposition").orElseThrow())
                        .contains("ferragens-" + kind + "." + format.replaceAll("&.*", ""));
                if (format.endsWith("pt-BR") && !kind.equals("stock")) {
                    String text = new String(exported.body(), StandardCharsets.UTF_8);
                    assertThat(text.lines().skip(1).findFirst().orElseThrow()).as(kind).contains(";").containsPattern(";\\d+,\\d+(;|$)");
                }

                var again = api.post(HOST, "/api/v1/imports?dryRun=true&kind=" + kind, erp, "application/octet-stream", exported.body());

                assertThat(again.statusCode()).as(kind + " " + format + ": " + again.body()).isEqualTo(200);
                assertThat(api.body(again).path("rows").asInt()).as(kind + " " + format).isPositive();
                assertThat(api.body(again).path("changes").asInt()).as(kind + " " + format).isZero();
            }
        }
    }

    @Test
    void aBuyerCannotExportTheSuppliersData() {
        String buyer = api.token("horizonte-compras", "horizonte-compras-secret-123");
        var response = api.getBytes(HOST, "/api/v1/exports/prices", buyer);
        var inPortuguese = api.call("GET", HOST, "/api/v1/exports/prices", buyer, null, null, "Accept-Language", "pt-BR");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(inPortuguese.statusCode()).isEqualTo(403);
        assertThat(api.body(inPortuguese).path("detail").asString())
                .isEqualTo("Somente Ferragens Paulista Distribuidora (sua equipe e seus sistemas) pode fazer isto.");
    }

    @Test
    void anUnknownKindIsA400() {
        var response = importSheet("clientes", "a\n1\n");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(api.body(response).path("detail").asString()).contains("[prices, products, stock]");
    }

    private HttpResponse<String> importSheet(String kindAndOptions, String content) {
        return api.post(HOST, "/api/v1/imports?kind=" + kindAndOptions, erp, CSV, content.getBytes(StandardCharsets.UTF_8));
    }

    private boolean productExists(String sku) {
        return TenantContext.callAs(ferragens, () -> catalog.bySku(sku).isPresent());
    }

    private int stockOf(String sku) {
        return TenantContext.callAs(ferragens, () -> catalog.bySku(sku).orElseThrow().stock());
    }
}
