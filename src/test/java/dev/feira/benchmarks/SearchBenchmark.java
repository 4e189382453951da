package dev.feira.benchmarks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import dev.feira.catalog.ProductSnapshot;
import dev.feira.pricing.internal.BenchPricing;
import dev.feira.search.internal.BenchIndex;
import dev.feira.shared.TenantId;

/**
 * Priced, visibility-filtered search against a large marketplace, side by side with the bare
 * Elasticsearch query for the same hits, in one run on the real embedded server.
 * <p>
 * Run: {@code bench/search [tenants] [products per tenant] [buyers per tenant] [queries]}
 * (defaults 100, 10,000, 100, 3,000: one million products, ten thousand buyers with conditions).
 */
public final class SearchBenchmark {

    static final String[] FAMILIES = {"Parafuso Sextavado", "Porca Sextavada", "Arruela Lisa", "Rebite Repuxo", "Bucha Nylon",
            "Farinha de Trigo", "Açúcar Cristal", "Chocolate Meio Amargo", "Óleo de Soja", "Papel Sulfite", "Caneta Esferográfica",
            "Pasta Suspensa", "Mouse Óptico", "Teclado USB", "Cabo de Rede", "Luva Nitrílica", "Fita Isolante", "Copo Descartável",
            "Café Torrado", "Pilha Alcalina"};
    static final String[] MATERIALS = {"Aço Zincado", "Inox A2", "Galvanizado", "Latão", "Nylon", "Premium", "Tradicional",
            "Econômico", "Profissional", "Industrial"};
    static final String[] QUERIES = {"parafuso inox", "porca zincado", "arruela", "rebite", "bucha", "farinha", "acucar cristal",
            "chocolate", "oleo soja", "papel sulfite", "caneta", "pasta suspensa", "mouse", "teclado usb", "cabo rede", "luva",
            "fita isolante", "copo", "cafe", "pilha alcalina", "parafuzo", "industrial", "premium", "galvanizado"};

    public static void main(String[] args) throws Exception {
        int tenants = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int products = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        int buyers = args.length > 2 ? Integer.parseInt(args[2]) : 100;
        int queries = args.length > 3 ? Integer.parseInt(args[3]) : 3_000;
        var random = new Random(42);
        List<String> groups = new ArrayList<>();
        for (String family : FAMILIES) {
            groups.add("Grupo " + family.split(" ")[0]);
        }

        try (var index = BenchIndex.start()) {
            List<TenantId> ids = new ArrayList<>();
            List<BenchPricing> books = new ArrayList<>();
            List<List<UUID>> accounts = new ArrayList<>();
            long loadStart = System.nanoTime();
            for (int t = 0; t < tenants; t++) {
                var tenant = TenantId.random();
                List<ProductSnapshot> catalog = new ArrayList<>(products);
                List<String> skus = new ArrayList<>(products);
                for (int i = 0; i < products; i++) {
                    String family = FAMILIES[(i + t) % FAMILIES.length];
                    String sku = "T%03d-%06d".formatted(t, i);
                    skus.add(sku);
                    catalog.add(new ProductSnapshot(sku, null, "MPN-" + i, family + " " + (i % 60 + 3) + " mm "
                            + MATERIALS[i % MATERIALS.length], family + " para uso profissional", "Marca " + (i % 25),
                            "Grupo " + family.split(" ")[0] + " > Linha " + (i % 4), "CX", 100, 1 + i % 3, 1,
                            BigDecimal.valueOf(100 + (i * 37L) % 90_000, 2), i % 7 == 0 ? 0 : 100));
                }
                for (int from = 0; from < products; from += 2_000) {
                    index.load(tenant, catalog.subList(from, Math.min(products, from + 2_000)));
                }
                List<UUID> buyerIds = new ArrayList<>();
                for (int b = 0; b < buyers; b++) {
                    buyerIds.add(UUID.randomUUID());
                }
                ids.add(tenant);
                accounts.add(buyerIds);
                books.add(BenchPricing.supplier(skus, groups, buyerIds));
            }
            index.ready();
            double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
            System.out.printf("Loaded %,d products of %d tenants (%,d buyers with conditions) in %.1f s: %,.0f products/s%n",
                    (long) tenants * products, tenants, (long) tenants * buyers, loadSeconds, tenants * products / loadSeconds);

            long[] bare = new long[queries];
            long[] priced = new long[queries];
            for (int round = -1; round < 1; round++) { // round -1 warms up
                for (int q = 0; q < queries; q++) {
                    int t = random.nextInt(tenants);
                    UUID account = accounts.get(t).get(random.nextInt(buyers));
                    String text = QUERIES[random.nextInt(QUERIES.length)];
                    var assortment = books.get(t).assortment(account, "industria");

                    long start = System.nanoTime();
                    var hits = index.search(ids.get(t), assortment, text, 20);
                    long searched = System.nanoTime();
                    var pricedHits = index.search(ids.get(t), assortment, text, 20);
                    var quotes = books.get(t).price(account, "industria", pricedHits);
                    long done = System.nanoTime();
                    if (quotes.size() != pricedHits.size() || hits.size() != pricedHits.size()) {
                        throw new IllegalStateException("the two searches disagree");
                    }
                    if (round == 0) {
                        bare[q] = searched - start;
                        priced[q] = done - searched;
                    }
                }
            }
            report("bare Elasticsearch query (visibility-filtered, 20 hits)", bare);
            report("priced search (same query + price resolution for 20 hits)", priced);
            Arrays.sort(bare);
            Arrays.sort(priced);
            System.out.printf("p95 ratio priced/bare: %.2f%n", (double) percentile(priced, 95) / percentile(bare, 95));
        }
    }

    static void report(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf("%-60s p50 %6.2f ms  p95 %6.2f ms  p99 %6.2f ms%n", what,
                percentile(sorted, 50) / 1e6, percentile(sorted, 95) / 1e6, percentile(sorted, 99) / 1e6);
    }

    static long percentile(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }
}
