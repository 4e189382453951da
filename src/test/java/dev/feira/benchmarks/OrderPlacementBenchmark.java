package dev.feira.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import dev.feira.FeiraApplication;
import dev.feira.billing.CardCheckout;
import dev.feira.billing.SupplierPayments;
import dev.feira.catalog.Catalog;
import dev.feira.catalog.NotEnoughStock;
import dev.feira.identity.BuyerAccountDirectory;
import dev.feira.identity.BuyerAccountProfile;
import dev.feira.ordering.Carts;
import dev.feira.ordering.OrderStatus;
import dev.feira.ordering.Orders;
import dev.feira.ordering.PlacedOrder;
import dev.feira.pricing.TradeTerms.PaymentMethod;
import dev.feira.shared.TenantContext;
import dev.feira.tenancy.TenantDirectory;
import dev.feira.testing.LocalStripe;

/**
 * 200 buyers placing orders against 50 hot products for two minutes while the supplier confirms
 * them (taking stock) and half of the buyers pay by card through the local Stripe-shaped server,
 * whose signed webhooks arrive twice. Then it checks: no order lost or doubled, no stock below
 * zero, every card order paid exactly once; and reports the p95 of placement at the service API.
 * <p>
 * Run: {@code bench/orders [buyers] [seconds]} (defaults 200, 120). The app runs in this JVM on
 * fresh embedded PostgreSQL and Elasticsearch, with one generated supplier.
 */
public final class OrderPlacementBenchmark {

    public static void main(String[] args) throws Exception {
        // Positional: buyers, seconds, mean think time; any --name=value goes to the application (to try a setting).
        List<String> positional = java.util.Arrays.stream(args).filter(a -> !a.startsWith("--")).toList();
        List<String> settings = java.util.Arrays.stream(args).filter(a -> a.startsWith("--")).toList();
        int buyers = positional.size() > 0 ? Integer.parseInt(positional.get(0)) : 200;
        int seconds = positional.size() > 1 ? Integer.parseInt(positional.get(1)) : 120;
        int thinkMillis = positional.size() > 2 ? Integer.parseInt(positional.get(2)) : 5_000;
        int products = 50;
        int stockPerProduct = 4_000;
        Path tenants = generateSupplier(buyers, products, stockPerProduct);
        var stripe = LocalStripe.get();
        var arguments = new ArrayList<>(List.of(
                "--feira.demo-data.directory=" + tenants, "--feira.embedded.data-directory=", "--server.port=0",
                "--vaadin.devmode.liveReload.enabled=false", "--logging.level.root=WARN", "--logging.level.dev.feira=WARN",
                "--feira.stripe.api-key=" + LocalStripe.API_KEY, "--feira.stripe.api-base=" + stripe.baseUrl(),
                "--feira.stripe.webhook-secret=" + LocalStripe.WEBHOOK_SECRET, "--feira.stripe.publishable-key=pk_test_local"));
        arguments.addAll(settings);
        ConfigurableApplicationContext app = SpringApplication.run(FeiraApplication.class, arguments.toArray(String[]::new));
        int status = 0;
        try {
            run(app, buyers, seconds, thinkMillis, products, stockPerProduct);
        } catch (RuntimeException e) {
            e.printStackTrace();
            status = 1;
        } finally {
            app.close();
        }
        System.exit(status);
    }

    private static void run(ConfigurableApplicationContext app, int buyerCount, int seconds, int thinkMillis, int products,
                            int stockPerProduct)
            throws Exception {
        var supplier = app.getBean(TenantDirectory.class).bySlug("bench").orElseThrow().id();
        var accounts = app.getBean(BuyerAccountDirectory.class);
        var carts = app.getBean(Carts.class);
        var orders = app.getBean(Orders.class);
        var catalog = app.getBean(Catalog.class);
        var checkout = app.getBean(CardCheckout.class);
        TenantContext.runAs(supplier, () -> app.getBean(SupplierPayments.class).connect("acct_1BenchSupplier"));
        List<BuyerAccountProfile> buyers = TenantContext.callAs(supplier, accounts::all);
        List<String> skus = new ArrayList<>();
        for (int i = 1; i <= products; i++) {
            skus.add("HOT-%03d".formatted(i));
        }

        var latencies = new ConcurrentLinkedQueue<Long>();
        var placed = new ConcurrentHashMap<UUID, PlacedOrder>();
        var keys = new ConcurrentHashMap<String, UUID>();
        var refusedCheckouts = new AtomicLong();
        var uncertain = new AtomicLong(); // calls that failed without an answer: their order may or may not exist
        var confirmed = new ConcurrentHashMap<UUID, PlacedOrder>();
        var stockRefusals = new AtomicLong();
        var running = new AtomicBoolean(true);
        var threads = Executors.newVirtualThreadPerTaskExecutor();
        long began = System.nanoTime();
        long until = began + Duration.ofSeconds(seconds).toNanos();
        var slowBySecond = new ConcurrentHashMap<Integer, Integer>(); // when the slow placements happened: bursts or everywhere
        System.out.printf("%d buyers, %d products (%d in stock each), %d s, think time %d ms on average%n", buyers.size(), products,
                stockPerProduct, seconds, thinkMillis);

        for (int b = 0; b < buyers.size(); b++) {
            var buyer = buyers.get(b);
            var method = b % 2 == 0 ? PaymentMethod.CARD : PaymentMethod.INVOICE;
            threads.submit(() -> TenantContext.runAs(supplier, () -> {
                var random = ThreadLocalRandom.current();
                while (System.nanoTime() < until) {
                    try {
                        if (thinkMillis > 0) { // a buyer looks at the catalog before the next order: from half to one and a half times the mean
                            Thread.sleep(thinkMillis / 2 + random.nextInt(thinkMillis + 1));
                        }
                        carts.add(buyer, skus.get(random.nextInt(skus.size())), 1 + random.nextInt(5), null);
                        String key = UUID.randomUUID().toString();
                        long start = System.nanoTime();
                        var order = orders.place(buyer, key, method);
                        long took = System.nanoTime() - start;
                        latencies.add(took);
                        if (took > 250_000_000L) {
                            slowBySecond.merge((int) ((start - began) / 1_000_000_000L), 1, Integer::sum);
                        }
                        placed.put(order.id(), order);
                        keys.put(key, order.id());
                        if (random.nextInt(20) == 0) { // a double click now and then: must answer the same order
                            var again = orders.place(buyer, key, method);
                            if (!again.id().equals(order.id())) {
                                throw new IllegalStateException("A repeated checkout placed a second order");
                            }
                        }
                    } catch (Orders.CheckoutRefusal | Carts.CartRefusal refused) {
                        refusedCheckouts.incrementAndGet();
                        carts.empty(buyer);
                    } catch (InterruptedException e) {
                        return;
                    } catch (RuntimeException e) {
                        uncertain.incrementAndGet();
                        System.err.println("Buyer " + buyer.accountNumber() + ": " + e);
                    }
                }
            }));
        }
        for (int s = 0; s < 2; s++) { // two clerks confirm what comes in, racing each other and the buyers for the stock
            threads.submit(() -> TenantContext.runAs(supplier, () -> {
                while (running.get()) {
                    var inbox = orders.inbox(Optional.of(OrderStatus.SUBMITTED), 0, 20);
                    try {
                        Thread.sleep(inbox.isEmpty() ? 1000 : 100); // people, not a loop: a moment between batches
                    } catch (InterruptedException e) {
                        return;
                    }
                    for (var order : inbox) {
                        try {
                            confirmed.put(order.id(), orders.confirm(order.id(), Map.of(), null));
                        } catch (NotEnoughStock e) {
                            stockRefusals.incrementAndGet();
                            orders.move(order.id(), OrderStatus.REJECTED, "Out of stock");
                        } catch (Orders.IllegalTransition | org.springframework.dao.OptimisticLockingFailureException raced) {
                            // another clerk took it first
                        }
                    }
                }
            }));
        }
        while (System.nanoTime() < until) {
            Thread.sleep(1000);
        }
        Thread.sleep(2000);
        running.set(false);
        threads.shutdown();
        threads.awaitTermination(60, java.util.concurrent.TimeUnit.SECONDS);

        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf("placement at the service API: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms (%d placements)%n",
                percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99), sorted.isEmpty() ? 0 : sorted.getLast() / 1e6,
                sorted.size());
        System.out.println("placements over 250 ms by second of the run: " + new java.util.TreeMap<>(slowBySecond));
        System.out.flush();

        // Card orders: Stripe says each was paid, and says it twice (a replayed webhook). The intents are
        // created by listeners that may still be working through the run's backlog.
        long backlogStart = System.nanoTime();
        long backlogDeadline = backlogStart + Duration.ofMinutes(10).toNanos();
        var http = HttpClient.newHttpClient();
        String webhook = "http://localhost:" + ((WebServerApplicationContext) app).getWebServer().getPort() + "/webhooks/stripe";
        var stripe = LocalStripe.get();
        // First every card order's PaymentIntent (the listeners' backlog), then Stripe's webhooks.
        var intentOf = new java.util.LinkedHashMap<PlacedOrder, String>();
        for (var order : placed.values()) {
            if (order.paymentMethod() != PaymentMethod.CARD) {
                continue;
            }
            Optional<CardCheckout.Session> session = Optional.empty();
            while (session.isEmpty() && System.nanoTime() < backlogDeadline) {
                session = TenantContext.callAs(supplier, () -> checkout.session(order.id()));
                if (session.isEmpty()) {
                    Thread.sleep(100);
                }
            }
            String secret = session.orElseThrow(() -> new IllegalStateException("No PaymentIntent for " + order.number())).clientSecret();
            intentOf.put(order, secret.substring(0, secret.indexOf("_secret_")));
        }
        System.out.printf("the listeners' backlog (payment intents) drained %.1f s after the run%n", (System.nanoTime() - backlogStart) / 1e9);
        int cardOrders = intentOf.size();
        for (var intent : intentOf.values()) {
            String event = stripe.event("payment_intent.succeeded", intent, null);
            for (int delivery = 0; delivery < 2; delivery++) {
                var response = http.send(HttpRequest.newBuilder(URI.create(webhook)).header("Content-Type", "application/json")
                        .header("Stripe-Signature", LocalStripe.signature(event)).POST(HttpRequest.BodyPublishers.ofString(event)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("Webhook refused: " + response.body());
                }
            }
        }

        // The checks.
        long stored = TenantContext.callAs(supplier, () -> orders.countInbox(Optional.empty()));
        var problems = new ArrayList<String>();
        if (stored < placed.size() || stored > placed.size() + uncertain.get()) {
            problems.add("orders stored " + stored + " outside orders placed " + placed.size() + " (+ " + uncertain.get() + " unanswered)");
        }
        if (keys.size() != placed.size()) {
            problems.add("checkout keys " + keys.size() + " != orders " + placed.size());
        }
        for (String sku : skus) {
            int left = TenantContext.callAs(supplier, () -> catalog.stockOf(sku)).stream().mapToInt(l -> l.quantity()).sum();
            int taken = confirmed.values().stream().flatMap(o -> o.lines().stream()).filter(l -> l.sku().equals(sku))
                    .mapToInt(PlacedOrder.Line::quantity).sum();
            if (left < 0 || left != stockPerProduct - taken) {
                problems.add(sku + ": " + left + " left, " + taken + " confirmed of " + stockPerProduct);
            }
        }
        int paidOnce = 0;
        for (var order : placed.values()) {
            if (order.paymentMethod() != PaymentMethod.CARD) {
                continue;
            }
            var now = TenantContext.callAs(supplier, () -> orders.byId(order.id())).orElseThrow();
            long received = now.timeline().stream().filter(s -> s.kind() == PlacedOrder.Step.Kind.PAYMENT_RECEIVED).count();
            int intents = stripe.intentsOfOrder(order.id().toString()).size();
            if (now.paidAt().isPresent() && received == 1 && intents == 1) {
                paidOnce++;
            } else {
                problems.add(order.number() + ": paid " + now.paidAt().isPresent() + ", payments received " + received + ", intents " + intents);
            }
        }

        System.out.printf("placed %d orders (%.1f/s; %d stored, %d calls unanswered), %d checkouts refused, %d confirmed, %d rejected for stock%n",
                placed.size(), placed.size() / (double) seconds, stored, uncertain.get(), refusedCheckouts.get(), confirmed.size(),
                stockRefusals.get());
        System.out.printf("card orders %d, paid exactly once %d (each webhook delivered twice)%n", cardOrders, paidOnce);
        System.out.println(problems.isEmpty() ? "CHECKS PASSED: no order lost or doubled, no negative stock, every card order paid once"
                : "CHECKS FAILED:\n  " + String.join("\n  ", problems.subList(0, Math.min(20, problems.size()))));
    }

    private static double percentile(List<Long> sorted, int p) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1e6;
    }

    /** One supplier "bench" with hot products and many buyers whose terms offer a card or an invoice. */
    private static Path generateSupplier(int buyers, int products, int stock) throws Exception {
        Path root = Files.createTempDirectory("feira-bench");
        Path dir = Files.createDirectories(root.resolve("bench"));
        Files.writeString(dir.resolve("tenant.yaml"), """
                name: Bench Distribuidora
                tagline: Benchmark
                hosts:
                  - bench.localhost
                visibility: private
                locale: pt-BR
                currency: BRL
                branding:
                  primaryColor: "#334155"
                """);
        var catalog = new StringBuilder("sku,gtin,mpn,name,description,brand,category,unit,pack_size,min_order_qty,order_multiple,list_price,stock,units,attributes\n");
        for (int i = 1; i <= products; i++) {
            catalog.append("HOT-%03d,,M%03d,Produto quente %d,,Bench,Bench > Quentes,UN,1,1,1,%d.90,%d,,\n".formatted(i, i, i, 10 + i, stock));
        }
        Files.writeString(dir.resolve("catalog.csv"), catalog);
        var accounts = new StringBuilder("staff:\n  - { username: admin@bench.example, name: Bench Admin, password: feira123, roles: [SUPPLIER_ADMIN] }\nbuyers:\n");
        for (int b = 1; b <= buyers; b++) {
            accounts.append("""
                      - company: bench-buyer-%1$d
                        companyName: Comprador %1$d Ltda.
                        accountNumber: BB-%1$05d
                    """.formatted(b));
        }
        Files.writeString(dir.resolve("accounts.yaml"), accounts);
        Files.writeString(dir.resolve("conditions.yaml"), """
                terms:
                  defaults: { payment: "Cartão de crédito ou 28 dias, boleto", freight: CIF, leadTimeDays: 2 }
                """);
        return root;
    }
}
