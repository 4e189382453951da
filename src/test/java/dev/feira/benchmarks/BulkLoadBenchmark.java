package dev.feira.benchmarks;

import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Random;

import org.awaitility.Awaitility;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;

import dev.feira.search.internal.BenchReindex;
import dev.feira.tenancy.TenantDirectory;

/**
 * A supplier's big catalog arriving: a product sheet of many rows (each with two units of sale, two attributes and a stock
 * level) through {@code POST /api/v1/imports}, timed until stored and until a buyer's search finds every row; then rounds of
 * a full reindex (every tenant into a fresh index) and of a rebuild of that tenant in place, each timed alone. The app runs in this JVM on fresh embedded servers with the demo tenants.
 * <p>
 * Run: {@code bench/bulk-load [rows] [reindex rounds]} (defaults 100,000 and 3).
 */
public final class BulkLoadBenchmark {

    static final String HOST = "ferragens.localhost";
    static final String WARM_UP_HOST = "escritorio.localhost";

    public static void main(String[] args) {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        BenchApp.runAndExit(Path.of("tenants"), app -> run(app, rows, rounds));
    }

    private static void run(ConfigurableApplicationContext app, int rows, int rounds) throws Exception {
        var http = new BenchHttp(((WebServerApplicationContext) app).getWebServer().getPort(), HOST);
        var json = JsonMapper.builder().build();
        var ferragens = app.getBean(TenantDirectory.class).bySlug("ferragens").orElseThrow().id();
        String erp = http.token("ferragens-erp");
        String buyer = http.token("horizonte-compras");
        String sheet = sheet(rows);
        System.out.printf("%,d rows, %,d KB%n", rows, sheet.length() / 1024);

        // First the same sheet into another supplier's catalog, not counted: a running platform's Elasticsearch, PostgreSQL
        // and JVM have indexed and stored before, where the fresh ones here would count their warming up.
        var warmUp = new BenchHttp(((WebServerApplicationContext) app).getWebServer().getPort(), WARM_UP_HOST);
        System.out.println("Warm-up (not counted), " + importUntilSearchable(warmUp, warmUp.token("escritorio-erp"),
                warmUp.token("horizonte-compras"), sheet, rows, json));
        var reindex = new BenchReindex(app);
        var beforeImport = reindex.work();
        System.out.println("Import: " + importUntilSearchable(http, erp, buyer, sheet, rows, json));
        System.out.println("  " + reindex.work().since(beforeImport));
        for (int round = 1; round <= rounds; round++) {
            var before = reindex.work();
            long began = System.nanoTime();
            reindex.reindexAll();
            double seconds = (System.nanoTime() - began) / 1e9;
            long all = reindex.indexedProducts();
            long products = json.readTree(http.get("/api/v1/search?q=lote&size=1", buyer).body()).path("total").asLong();
            System.out.printf("Full reindex %d (every tenant, a fresh index): %.1f s, %,.0f products/s (%,d products; %,d imported "
                    + "rows still found)%n", round, seconds, all / seconds, all, products);
            System.out.println("  " + reindex.work().since(before));

            before = reindex.work();
            began = System.nanoTime();
            reindex.reindex(ferragens);
            seconds = (System.nanoTime() - began) / 1e9;
            products = json.readTree(http.get("/api/v1/search?q=lote&size=1", buyer).body()).path("total").asLong();
            System.out.printf("Rebuild of the tenant %d (in place): %.1f s, %,.0f products/s (%,d imported rows still found)%n",
                    round, seconds, (rows + 100) / seconds, products);
            System.out.println("  " + reindex.work().since(before));
        }
    }

    /** Imports the sheet through the API and waits until a buyer's search finds every row: how long each took. */
    private static String importUntilSearchable(BenchHttp http, String erp, String buyer, String sheet, int rows, JsonMapper json)
            throws Exception {
        long start = System.nanoTime();
        var imported = http.send(http.request("/api/v1/imports?kind=products", erp).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(sheet)).build());
        if (imported.statusCode() / 100 != 2) {
            throw new IllegalStateException("import refused: " + imported.statusCode() + " " + imported.body());
        }
        double stored = (System.nanoTime() - start) / 1e9;
        Awaitility.await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(200)).until(() ->
                json.readTree(http.get("/api/v1/search?q=lote&size=1", buyer).body()).path("total").asLong() >= rows);
        double searchable = (System.nanoTime() - start) / 1e9;
        return String.format(Locale.ROOT, "validated and stored in %.1f s, searchable after %.1f s", stored, searchable);
    }

    /** Rows as an ERP exports them; the same generator as {@code bench/import-100k}. */
    static String sheet(int rows) {
        String[] families = {"Parafuso Sextavado", "Porca Sextavada", "Arruela Lisa", "Barra Roscada", "Rebite de Repuxo", "Bucha Nylon"};
        String[] materials = {"Aço Zincado", "Aço Inox A2", "Latão"};
        var random = new Random(7);
        var csv = new StringBuilder("sku,gtin,mpn,name,brand,category,unit,pack_size,min_order_qty,order_multiple,list_price,stock,units,attributes\n");
        for (int i = 0; i < rows; i++) {
            csv.append(String.format(Locale.ROOT, "BULK-%06d,,BLK-%06d,%s %d mm lote %d,Bulk,Fixadores > Carga,CX,%d,1,1,%.2f,%d,FD=10; PLT=400,Bitola=M%d; Material=%s\n",
                    i, i, families[i % families.length], i % 40 + 3, i, (i % 5 + 1) * 50, random.nextInt(100, 99_999) / 100.0, i % 500,
                    i % 20 + 3, materials[i % 3]));
        }
        return csv.toString();
    }
}
