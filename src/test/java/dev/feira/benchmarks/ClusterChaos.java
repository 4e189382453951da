package dev.feira.benchmarks;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code infra/chaos}: while buyers' systems place orders and search through HAProxy, one piece of the local cluster
 * is killed at a time (an application process, an Elasticsearch node, the PostgreSQL primary), then brought back.
 * Per fault it reports the requests that failed, how long until every kind of request succeeded again, and what was
 * checked: every acknowledged order is there exactly once, every cart left idle raised one recovery alert and told its
 * rep once ({@link LeftCarts}), the search index lost nothing.
 * <p>
 * An order is acknowledged when the API answered 201; a request that failed is retried with the same
 * Idempotency-Key, as a buyer's system would, so a retry never places a second order.
 */
public final class ClusterChaos {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String SUPPLIER = "ferragens.localhost";
    /** Buyers' systems ordering; Metalúrgica Vale's systems only search: its purchaser is in a browser meanwhile. */
    private static final List<String> BUYERS = List.of("horizonte-compras");
    private static final String BROWSER_COMPANY = "metalurgica-erp";
    private static final String BROWSER_BUYER = "suprimentos@metalurgicavale.com.br";
    /** In stock in hundreds, sold by the box of 100 or more (one box is the minimum lot). */
    private static final List<String> SKUS = List.of("FP-00008", "FP-00030", "FP-00061", "FP-00074", "FP-00133", "FP-00169", "FP-00188");
    private static final List<String> QUERIES = List.of("parafuso", "bucha", "fita", "arruela inox", "broca", "luva");

    /** The local cluster's schema owner and its primary's endpoint (infra/local-cluster), to move left carts' clocks. */
    private static final String DATABASE = "jdbc:postgresql://127.0.0.1:5432/feira";

    private final BenchHttp http;
    private final LeftCarts leftCarts;
    private final Path cluster;
    private final Path script;
    private final Duration watch;
    private final Set<String> faults;
    private final boolean restore;
    private final AtomicBoolean running = new AtomicBoolean(true);
    /** Every request's outcome, for the fault windows. */
    private final ConcurrentLinkedQueue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
    /** Acknowledged orders by buyer: id → Idempotency-Key. */
    private final Map<String, Map<String, String>> acknowledged = new ConcurrentHashMap<>();
    private final List<String> report = new ArrayList<>();
    private boolean browserIntact = true;

    private record Outcome(long at, String kind, boolean ok) {
    }

    private ClusterChaos(int port, Path cluster, Path script, Duration watch, Set<String> faults, boolean restore) {
        this.faults = faults;
        this.restore = restore;
        this.http = new BenchHttp(port, SUPPLIER);
        this.leftCarts = new LeftCarts(port, DATABASE, "feira_owner", "local-owner");
        this.cluster = cluster;
        this.script = script;
        this.watch = watch;
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        // port, cluster directory, infra/local-cluster, seconds watched per fault, faults (app,es,pg), bring each back (true)
        var chaos = new ClusterChaos(port, Path.of(args[1]), Path.of(args[2]), Duration.ofSeconds(args.length > 3 ? Integer.parseInt(args[3]) : 45),
                Set.of((args.length > 4 ? args[4] : "app,es,pg").split(",")), args.length <= 5 || Boolean.parseBoolean(args[5]));
        boolean survived = chaos.run();
        System.exit(survived ? 0 : 1);
    }

    private boolean run() throws Exception {
        List<Thread> load = new ArrayList<>();
        for (String buyer : BUYERS) {
            acknowledged.put(buyer, new ConcurrentHashMap<>());
            load.add(Thread.ofPlatform().name("orders-" + buyer).start(() -> placeOrders(buyer)));
        }
        leftCarts.prepare();
        load.add(Thread.ofPlatform().name("left-carts").start(() -> leftCarts.leaveCarts(running::get, (kind, call) -> retrying(kind, call::send))));
        for (String searcher : List.of(BUYERS.getFirst(), BROWSER_COMPANY)) {
            load.add(Thread.ofPlatform().name("search-" + searcher).start(() -> search(searcher)));
        }
        Thread.sleep(10_000); // a steady state first
        long indexedBefore = indexedProducts();

        if (faults.contains("app")) {
            try (var purchaser = new PurchaserInBrowser(http.port(), BROWSER_BUYER)) {
                String cart = fillCartOf(BROWSER_COMPANY);
                String instance = purchaser.signInAndOpenCart();
                report.add(String.format("browser: %s signed in on %s, cart total %s", BROWSER_BUYER, instance, purchaser.cartTotal()));
                fault("application process " + instance + " killed (kill -9), the one holding that browser's session",
                        () -> kill(pidOf(instance + "/pid")),
                        () -> {
                            String total = purchaser.cartTotal();
                            String now = purchaser.signInAndOpenCart();
                            String after = purchaser.cartTotal();
                            boolean intact = after.equals(total) && !now.equals(instance);
                            report.add(String.format("browser: after the kill the purchaser signed in again on %s; cart total %s%s (API: %s)",
                                    now, after, intact ? ", as before" : " — NOT AS BEFORE (" + total + ")", cart));
                            if (!intact) {
                                browserIntact = false;
                            }
                        },
                        () -> bringBack("start-app", Integer.parseInt(instance.substring(3))));
            }
        }
        if (faults.contains("es")) {
            fault("Elasticsearch node es2 killed (kill -9)", () -> kill(pidOf("es2/pid")), () -> bringBack("start-es", 2));
        }
        if (faults.contains("pg")) {
            int primary = postgresPrimary();
            fault("PostgreSQL primary pg" + primary + " killed (Patroni and PostgreSQL, kill -9)", () -> killPostgres(primary),
                    () -> bringBack("start-pg", primary));
        }

        running.set(false);
        for (Thread thread : load) {
            thread.join(120_000);
        }
        boolean intact = checkOrders();
        boolean alerted = leftCarts.check(report);
        long indexedAfter = awaitIndexed(indexedBefore);
        boolean indexIntact = indexedAfter >= indexedBefore;
        report.add(String.format("search index: %d products before the faults, %d after%s", indexedBefore, indexedAfter,
                indexIntact ? "" : " — LOST"));
        System.out.println();
        System.out.println("== infra/chaos report");
        report.forEach(line -> System.out.println("  " + line));
        return intact && alerted && indexIntact && browserIntact && report.stream().noneMatch(line -> line.contains("NOT RECOVERED"));
    }

    /** Kills, watches the load for a while, reports, then brings the piece back and waits for it. */
    private void fault(String name, Task kill, Task restore) throws Exception {
        fault(name, kill, () -> { }, restore);
    }

    /** Kills, watches the load, checks what a person would see ({@code check}), reports, then brings the piece back. */
    private void fault(String name, Task kill, Task check, Task restore) throws Exception {
        System.out.println("== " + name);
        long start = System.nanoTime();
        kill.run();
        Thread.sleep(watch.toMillis());
        long end = System.nanoTime();
        var window = outcomes.stream().filter(o -> o.at() >= start && o.at() < end).toList();
        long failed = window.stream().filter(o -> !o.ok()).count();
        long lastFailure = window.stream().filter(o -> !o.ok()).mapToLong(Outcome::at).max().orElse(start);
        // Recovered when every kind of request succeeded after the last failure.
        boolean recovered = window.stream().map(Outcome::kind).distinct()
                .allMatch(kind -> window.stream().anyMatch(o -> o.kind().equals(kind) && o.ok() && o.at() > lastFailure));
        report.add(String.format("%s: %d of %d requests failed (orders %d, searches %d, left carts and alerts %d); %s", name, failed,
                window.size(), window.stream().filter(o -> !o.ok() && o.kind().equals("order")).count(),
                window.stream().filter(o -> !o.ok() && o.kind().equals("search")).count(),
                window.stream().filter(o -> !o.ok() && o.kind().equals("alert")).count(),
                recovered ? String.format("every kind of request succeeded again %.1f s after the kill", (lastFailure - start) / 1e9)
                        : "NOT RECOVERED within " + watch.toSeconds() + " s"));
        check.run();
        if (this.restore) {
            restore.run();
        }
    }

    private interface Task {
        void run() throws Exception;
    }

    private void placeOrders(String buyer) {
        String token = http.token(buyer);
        int next = 0;
        while (running.get()) {
            String sku = SKUS.get(next++ % SKUS.size());
            String key = buyer + "-" + UUID.randomUUID();
            try {
                retrying("order", () -> call("DELETE", "/api/v1/carts/current", token, null, null));
                retrying("order", () -> call("POST", "/api/v1/carts/current/lines", token, "{\"sku\":\"" + sku + "\",\"quantity\":100}", null));
                var placed = retrying("order", () -> call("POST", "/api/v1/orders", token, null, key));
                if (placed.statusCode() == 201) {
                    acknowledged.get(buyer).put(JSON.readTree(placed.body()).path("id").asString(), key);
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                // given up after a minute of failures: counted in the outcomes already
            }
        }
    }

    /** The company's cart holds one known line, which the person in the browser should find again; its total as the API says. */
    private String fillCartOf(String company) throws Exception {
        String token = http.token(company);
        retrying("order", () -> call("DELETE", "/api/v1/carts/current", token, null, null));
        var cart = retrying("order", () -> call("POST", "/api/v1/carts/current/lines", token, "{\"sku\":\"FP-00133\",\"quantity\":300}", null));
        return JSON.readTree(cart.body()).path("total").asString();
    }

    private void search(String searcher) {
        String token = http.token(searcher);
        int next = searcher.length();
        while (running.get()) {
            String query = QUERIES.get(next++ % QUERIES.size());
            try {
                var response = http.send(http.request("/api/v1/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8), token)
                        .timeout(Duration.ofSeconds(10)).GET().build());
                outcomes.add(new Outcome(System.nanoTime(), "search", response.statusCode() == 200));
            } catch (Exception e) {
                outcomes.add(new Outcome(System.nanoTime(), "search", false));
            }
            pause(100);
        }
    }

    /** A call answered by the application (2xx or a refusal it means, 4xx) counts; anything else is retried for a minute. */
    private HttpResponse<String> retrying(String kind, Call call) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (true) {
            try {
                var response = call.send();
                boolean answered = response.statusCode() < 500;
                outcomes.add(new Outcome(System.nanoTime(), kind, answered));
                if (answered) {
                    return response;
                }
            } catch (InterruptedException e) {
                throw e;
            } catch (Exception e) {
                outcomes.add(new Outcome(System.nanoTime(), kind, false));
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("no answer for a minute");
            }
            Thread.sleep(200);
        }
    }

    private interface Call {
        HttpResponse<String> send() throws Exception;
    }

    private HttpResponse<String> call(String method, String path, String token, String json, String idempotencyKey) throws Exception {
        var request = http.request(path, token).timeout(Duration.ofSeconds(15));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return http.send(request.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** Every acknowledged order is in the buyer's order list, once. */
    private boolean checkOrders() throws Exception {
        boolean intact = true;
        for (String buyer : BUYERS) {
            String token = http.token(buyer);
            List<String> listed = new ArrayList<>();
            for (int page = 0; ; page++) {
                JsonNode orders = JSON.readTree(http.get("/api/v1/orders?size=100&page=" + page, token).body());
                orders.forEach(order -> listed.add(order.path("id").asString()));
                if (orders.size() < 100) {
                    break;
                }
            }
            Set<String> distinct = new HashSet<>(listed);
            var acked = acknowledged.get(buyer).keySet();
            long missing = acked.stream().filter(id -> !distinct.contains(id)).count();
            boolean ok = missing == 0 && distinct.size() == listed.size();
            intact &= ok;
            report.add(String.format("orders of %s: %d acknowledged, %d missing, %d listed twice%s", buyer, acked.size(), missing,
                    listed.size() - distinct.size(), ok ? "" : " — LOST OR DOUBLED"));
        }
        return intact;
    }

    private long indexedProducts() {
        for (int node = 9201; node <= 9203; node++) {
            try {
                var response = java.net.http.HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        java.net.URI.create("http://127.0.0.1:" + node + "/feira-products/_count")).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return JSON.readTree(response.body()).path("count").asLong();
                }
            } catch (Exception e) {
                // that node is down: ask the next
            }
        }
        return -1;
    }

    private long awaitIndexed(long expected) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        long count = indexedProducts();
        while (count < expected && System.nanoTime() < deadline) {
            Thread.sleep(1000);
            count = indexedProducts();
        }
        return count;
    }

    private int postgresPrimary() throws Exception {
        for (int node = 1; node <= 2; node++) {
            try {
                var response = java.net.http.HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        java.net.URI.create("http://127.0.0.1:" + (8440 + node) + "/primary")).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return node;
                }
            } catch (Exception e) {
                // ask the other
            }
        }
        throw new IllegalStateException("no PostgreSQL primary");
    }

    private void killPostgres(int node) throws Exception {
        exec("pkill", "-9", "-f", "patroni " + cluster.resolve("pg" + node + "/patroni.yml"));
        kill(Long.parseLong(Files.readAllLines(cluster.resolve("pg" + node + "/data/postmaster.pid")).getFirst().strip()));
    }

    private long pidOf(String file) throws Exception {
        return Long.parseLong(Files.readString(cluster.resolve(file)).strip());
    }

    private static void kill(long pid) throws Exception {
        exec("kill", "-9", Long.toString(pid));
    }

    private void bringBack(String command, int node) throws Exception {
        System.out.println("   bringing it back: infra/local-cluster " + command + " " + node);
        var process = new ProcessBuilder(script.toString(), command, Integer.toString(node))
                .redirectErrorStream(true).redirectOutput(cluster.resolve("chaos-restore.log").toFile()).start();
        if (process.waitFor() != 0) {
            report.add(command + " " + node + " failed: see " + cluster.resolve("chaos-restore.log"));
        }
        Thread.sleep(5_000);
    }

    private static void exec(String... command) throws Exception {
        new ProcessBuilder(command).inheritIO().start().waitFor();
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
