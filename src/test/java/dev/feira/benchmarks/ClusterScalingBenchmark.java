package dev.feira.benchmarks;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * {@code bench/cluster-scaling}: the same load through HAProxy on the local cluster with three application processes,
 * then with one (the other two stopped): searches by several buyers' systems at once and order placement by the two
 * buyers' systems (cart, then order), throughput and latency of each.
 */
public final class ClusterScalingBenchmark {

    private static final List<String> BUYERS = List.of("horizonte-compras", "metalurgica-erp");
    private static final List<String> SKUS = List.of("FP-00008", "FP-00030", "FP-00061", "FP-00074", "FP-00133", "FP-00169", "FP-00188");
    private static final List<String> QUERIES = List.of("parafuso", "bucha", "fita", "arruela inox", "broca", "luva", "cabo", "tinta");

    private final BenchHttp http;
    private final Path cluster;
    private final Path script;
    private final Duration duration;
    private final int searchers;

    private ClusterScalingBenchmark(int port, Path cluster, Path script, Duration duration, int searchers) {
        this.http = new BenchHttp(port, "ferragens.localhost");
        this.cluster = cluster;
        this.script = script;
        this.duration = duration;
        this.searchers = searchers;
    }

    public static void main(String[] args) throws Exception {
        new ClusterScalingBenchmark(Integer.parseInt(args[0]), Path.of(args[1]), Path.of(args[2]),
                Duration.ofSeconds(args.length > 3 ? Integer.parseInt(args[3]) : 60), args.length > 4 ? Integer.parseInt(args[4]) : 8).run();
    }

    private record Result(String what, int count, double seconds, List<Double> millis) {
        double percentile(double p) {
            return millis.isEmpty() ? Double.NaN : millis.get(Math.min(millis.size() - 1, (int) Math.ceil(p * millis.size()) - 1));
        }
    }

    private void run() throws Exception {
        var results = new ArrayList<Result>();
        measure(results, "3 processes");
        for (int instance = 2; instance <= 3; instance++) {
            new ProcessBuilder("kill", Files.readString(cluster.resolve("app" + instance + "/pid")).strip()).start().waitFor();
        }
        Thread.sleep(10_000); // HAProxy marks them down after two failed checks a second apart; they stop within seconds
        measure(results, "1 process");
        for (int instance = 2; instance <= 3; instance++) {
            new ProcessBuilder(script.toString(), "start-app", Integer.toString(instance)).inheritIO().start().waitFor();
        }
        System.out.printf("%n%-38s %8s %8s %8s %8s%n", "through HAProxy, " + duration.toSeconds() + " s each", "per s", "p50 ms", "p95 ms", "p99 ms");
        for (var result : results) {
            System.out.printf("%-38s %8.1f %8.1f %8.1f %8.1f%n", result.what(), result.count() / result.seconds(),
                    result.percentile(0.50), result.percentile(0.95), result.percentile(0.99));
        }
    }

    private void measure(List<Result> results, String shape) throws Exception {
        var running = new AtomicBoolean(true);
        var searchTimes = Collections.synchronizedList(new ArrayList<Double>());
        var orderTimes = Collections.synchronizedList(new ArrayList<Double>());
        var threads = new ArrayList<Thread>();
        for (int i = 0; i < searchers; i++) {
            String token = http.token(BUYERS.get(i % BUYERS.size()));
            int offset = i;
            threads.add(Thread.ofPlatform().start(() -> {
                int next = offset;
                while (running.get()) {
                    String query = QUERIES.get(next++ % QUERIES.size());
                    long start = System.nanoTime();
                    try {
                        var response = http.get("/api/v1/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8), token);
                        if (response.statusCode() == 200) {
                            searchTimes.add((System.nanoTime() - start) / 1e6);
                        }
                    } catch (Exception e) {
                        // not counted
                    }
                }
            }));
        }
        for (String buyer : BUYERS) {
            String token = http.token(buyer);
            threads.add(Thread.ofPlatform().start(() -> {
                int next = 0;
                while (running.get()) {
                    String sku = SKUS.get(next++ % SKUS.size());
                    try {
                        send("DELETE", "/api/v1/carts/current", token, null, null);
                        send("POST", "/api/v1/carts/current/lines", token, "{\"sku\":\"" + sku + "\",\"quantity\":100}", null);
                        long start = System.nanoTime();
                        if (send("POST", "/api/v1/orders", token, null, buyer + "-" + UUID.randomUUID()) == 201) {
                            orderTimes.add((System.nanoTime() - start) / 1e6);
                        }
                    } catch (Exception e) {
                        // not counted
                    }
                }
            }));
        }
        Thread.sleep(5_000); // warm
        searchTimes.clear();
        orderTimes.clear();
        long start = System.nanoTime();
        Thread.sleep(duration.toMillis());
        double seconds = (System.nanoTime() - start) / 1e9;
        var searches = sorted(searchTimes);
        var orders = sorted(orderTimes);
        running.set(false);
        for (var thread : threads) {
            thread.join(30_000);
        }
        results.add(new Result(shape + ": search (" + searchers + " callers)", searches.size(), seconds, searches));
        results.add(new Result(shape + ": order placement (2 callers)", orders.size(), seconds, orders));
    }

    private static List<Double> sorted(List<Double> times) {
        synchronized (times) {
            var copy = new ArrayList<>(times);
            Collections.sort(copy);
            return copy;
        }
    }

    private int send(String method, String path, String token, String json, String key) throws Exception {
        var request = http.request(path, token).timeout(Duration.ofSeconds(30));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return http.send(request.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json)).build())
                .statusCode();
    }
}
