package dev.feira.benchmarks;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;

import dev.feira.identity.BuyerAccountDirectory;
import dev.feira.pricing.Assortment;
import dev.feira.pricing.Pricing;
import dev.feira.search.internal.BareSearch;
import dev.feira.shared.TenantId;
import dev.feira.tenancy.TenantDirectory;
import dev.feira.testing.Acting;

/**
 * Search as buyers' systems call it: concurrent buyers with their own tokens through {@code /api/v1/search} (20 hits,
 * priced for each), side by side in the same run with the bare index query for the same words and assortment. The app
 * runs in this JVM on fresh embedded servers with the demo tenants; Ferragens' catalog grows by a generated import
 * first, so the index has real work.
 * <p>
 * Run: {@code bench/search-http [products] [requests] [concurrency] [more parameters, e.g. facets=true]} (defaults 20,000,
 * 4,000, 8).
 */
public final class SearchHttpBenchmark {

    static final String HOST = "ferragens.localhost";
    static final String[] QUERIES = {"parafuso sextavado inox", "porca m8", "arruela lisa", "rebite", "bucha 8", "chumbador",
            "parafuso allen", "barra roscada", "luva nitrilica", "fita isolante", "parafuzo", "aco zincado", "m10", "abracadeira",
            "disco de corte", "broca aco rapido", "lote 77", "FP-00092", "pino elastico", "anel elastico"};
    static final String[][] BUYERS = {{"horizonte-compras", "compras@construtorahorizonte.com.br"},
            {"metalurgica-erp", "suprimentos@metalurgicavale.com.br"}};

    public static void main(String[] args) {
        int products = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int requests = args.length > 1 ? Integer.parseInt(args[1]) : 4_000;
        int concurrency = args.length > 2 ? Integer.parseInt(args[2]) : 8;
        String extra = args.length > 3 ? "&" + args[3] : ""; // e.g. facets=true
        BenchApp.runAndExit(Path.of("tenants"), app -> run(app, products, requests, concurrency, extra));
    }

    private static void run(ConfigurableApplicationContext app, int products, int requests, int concurrency, String extra) throws Exception {
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        var http = new BenchHttp(port, HOST);
        var json = JsonMapper.builder().build();
        var ferragens = app.getBean(TenantDirectory.class).bySlug("ferragens").orElseThrow().id();

        String erp = http.token("ferragens-erp");
        long importing = System.nanoTime();
        var imported = http.send(http.request("/api/v1/imports?kind=products", erp).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(catalog(products))).build());
        if (imported.statusCode() / 100 != 2) {
            throw new IllegalStateException("import refused: " + imported.statusCode() + " " + imported.body());
        }
        String[] tokens = Arrays.stream(BUYERS).map(buyer -> http.token(buyer[0])).toArray(String[]::new);
        org.awaitility.Awaitility.await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(500)).until(() ->
                json.readTree(http.get("/api/v1/search?q=lote&size=1", tokens[0]).body()).path("total").asLong() >= products);
        System.out.printf("Ferragens holds %,d more products, searchable after %.1f s%n", products, (System.nanoTime() - importing) / 1e9);

        var bare = new BareSearch(app);
        List<Optional<Assortment>> assortments = new ArrayList<>();
        for (String[] buyer : BUYERS) {
            assortments.add(Acting.asPerson(buyer[1], ferragens, () ->
                    app.getBean(Pricing.class).assortment(app.getBean(BuyerAccountDirectory.class).ofCaller())));
        }

        for (int round = 0; round < 3; round++) { // the first round warms up
            var random = new Random(round);
            int[] who = new int[requests];
            String[] what = new String[requests];
            for (int i = 0; i < requests; i++) {
                who[i] = random.nextInt(BUYERS.length);
                what[i] = QUERIES[random.nextInt(QUERIES.length)];
            }
            long[] bareNanos = measure(requests, concurrency, i -> {
                if (bare.search(ferragens, assortments.get(who[i]), what[i], 20).isEmpty()) {
                    throw new IllegalStateException("nothing found for " + what[i]);
                }
            });
            long[] httpNanos = measure(requests, concurrency, i -> {
                var response = http.get("/api/v1/search?size=20" + extra + "&q=" + URLEncoder.encode(what[i], StandardCharsets.UTF_8), tokens[who[i]]);
                if (response.statusCode() != 200) {
                    throw new IllegalStateException(response.statusCode() + " " + response.body());
                }
            });
            if (round > 0) {
                System.out.printf("Round %d: %,d requests, %d at a time%n", round, requests, concurrency);
                SearchBenchmark.report("  bare index query (same words and assortment, 20 hits)", bareNanos);
                SearchBenchmark.report("  GET /api/v1/search (token, prices, 20 hits)", httpNanos);
                Arrays.sort(bareNanos);
                Arrays.sort(httpNanos);
                System.out.printf("  p95 ratio HTTP/bare: %.2f%n",
                        (double) SearchBenchmark.percentile(httpNanos, 95) / SearchBenchmark.percentile(bareNanos, 95));
            }
        }
    }

    interface Call {
        void run(int i) throws Exception;
    }

    /** Each call's latency, {@code concurrency} callers at a time. */
    private static long[] measure(int requests, int concurrency, Call call) throws Exception {
        long[] nanos = new long[requests];
        var next = new AtomicInteger();
        try (var pool = Executors.newFixedThreadPool(concurrency)) {
            List<Callable<Void>> workers = new ArrayList<>();
            for (int w = 0; w < concurrency; w++) {
                workers.add(() -> {
                    for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
                        long start = System.nanoTime();
                        call.run(i);
                        nanos[i] = System.nanoTime() - start;
                    }
                    return null;
                });
            }
            for (var done : pool.invokeAll(workers)) {
                done.get();
            }
        }
        return nanos;
    }

    private static String catalog(int rows) {
        String[] families = {"Parafuso Sextavado", "Porca Sextavada", "Arruela Lisa", "Barra Roscada", "Rebite de Repuxo", "Bucha Nylon",
                "Abraçadeira Rosca Sem Fim", "Disco de Corte", "Broca Aço Rápido", "Parafuso Allen"};
        String[] materials = {"Aço Zincado", "Aço Inox A2", "Latão"};
        var random = new Random(7);
        var csv = new StringBuilder("sku,gtin,mpn,name,brand,category,unit,pack_size,min_order_qty,order_multiple,list_price,stock,attributes\n");
        for (int i = 0; i < rows; i++) {
            String family = families[i % families.length];
            csv.append(String.format(java.util.Locale.ROOT,
                    "BULK-%06d,,BLK-%06d,%s M%d x %d mm %s lote %d,Bulk,Fixadores > Carga,CX,%d,1,1,%.2f,%d,Bitola=M%d; Material=%s\n", i, i, family, i % 20 + 3, i % 40 + 10, materials[i % 3], i, (i % 5 + 1) * 50,
                            random.nextInt(100, 99_999) / 100.0, i % 500, i % 20 + 3, materials[i % 3]));
        }
        return csv.toString();
    }
}
