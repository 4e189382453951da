package dev.feira.ordering;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import dev.feira.identity.BuyerAccountDirectory;
import dev.feira.shared.TenantContext;
import dev.feira.tenancy.TenantDirectory;
import dev.feira.testing.Acting;
import dev.feira.testing.IntegrationApiClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Placing a cart as an order at Ferragens Paulista: once per checkout, only when every line can be ordered, statuses guarded. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@RecordApplicationEvents
class OrderIntegrationTests {

    static final String HOST = "ferragens.localhost";

    @LocalServerPort
    int port;
    @Autowired
    Orders orders;
    @Autowired
    Carts carts;
    @Autowired
    BuyerAccountDirectory accounts;
    @Autowired
    TenantDirectory tenants;
    @Autowired
    ApplicationEvents events;
    @Autowired
    dev.feira.catalog.Catalog catalog;
    @Autowired
    Deliveries deliveries;
    @Autowired
    OrderInboxUpdates inboxUpdates;

    private IntegrationApiClient api;
    private String vale;
    /** Really at once: the common pool may have a single thread on a two-core machine. */
    private final java.util.concurrent.ExecutorService twoThreads = java.util.concurrent.Executors.newFixedThreadPool(2);

    @BeforeEach
    void tokens() {
        api = new IntegrationApiClient(port);
        vale = api.token("metalurgica-erp", "metalurgica-erp-secret-123");
        api.delete(HOST, "/api/v1/carts/current", vale);
    }

    @AfterEach
    void stopThreads() {
        twoThreads.shutdownNow();
    }

    @AfterEach
    void emptyTheCart() {
        api.delete(HOST, "/api/v1/carts/current", vale);
    }

    private dev.feira.shared.TenantId ferragensId() {
        return tenants.bySlug("ferragens").orElseThrow().id();
    }

    private <T> T asFerragens(java.util.function.Supplier<T> work) {
        return TenantContext.callAs(tenants.bySlug("ferragens").orElseThrow().id(), work);
    }

    private void addToCart(String sku, int quantity) {
        api.post(HOST, "/api/v1/carts/current/lines", vale, "application/json",
                ("{\"sku\": \"" + sku + "\", \"quantity\": " + quantity + "}").getBytes());
    }

    private java.net.http.HttpResponse<String> placeOrder(String key) {
        return api.postWithHeader(HOST, "/api/v1/orders", vale, "Idempotency-Key", key);
    }

    @Test
    void aCartBecomesOneOrderAtTheBuyersPricesAndTheSameKeyNeverPlacesASecond() {
        addToCart("FP-00092", 10);
        long before = api.body(api.get(HOST, "/api/v1/orders?size=100", vale)).size();

        var first = placeOrder("checkout-1");
        var again = placeOrder("checkout-1");

        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        var order = api.body(first);
        assertThat(order.path("number").asString()).startsWith("PED-");
        assertThat(order.path("status").asString()).isEqualTo("SUBMITTED");
        assertThat(order.path("total").path("amount").decimalValue()).isEqualByComparingTo("434.40");
        assertThat(api.body(again).path("id").asString()).isEqualTo(order.path("id").asString());
        assertThat(api.body(api.get(HOST, "/api/v1/orders?size=100", vale)).size()).isEqualTo(before + 1);
        assertThat(api.body(api.get(HOST, "/api/v1/carts/current", vale)).path("lines").size()).isZero();
    }

    @Test
    void twoClicksAtTheSameMomentPlaceOneOrder() throws Exception {
        var vale = asFerragens(() -> accounts.byAccountNumber("FP-10007")).orElseThrow();
        asFerragens(() -> carts.add(vale, "FP-00106", 4, null));
        long before = asFerragens(() -> orders.countOfBuyer(vale, Optional.empty()));
        var start = new CountDownLatch(1);
        var ferragens = tenants.bySlug("ferragens").orElseThrow().id();
        java.util.function.Supplier<PlacedOrder> click = () -> {
            try {
                start.await();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return TenantContext.callAs(ferragens, () -> orders.place(vale, "double-click"));
        };
        var one = CompletableFuture.supplyAsync(click, twoThreads);
        var two = CompletableFuture.supplyAsync(click, twoThreads);
        start.countDown();

        assertThat(one.get().id()).isEqualTo(two.get().id());
        assertThat(asFerragens(() -> orders.countOfBuyer(vale, Optional.empty()))).isEqualTo(before + 1);
    }

    @Test
    void theSuppliersOpenInboxIsToldOfAnOrderAndThenReadsIt() throws InterruptedException {
        var ferragens = tenants.bySlug("ferragens").orElseThrow().id();
        var seen = new java.util.concurrent.LinkedBlockingQueue<Long>();
        // As the open inbox page does when told: it reads its count again.
        var stop = inboxUpdates.listen(ferragens, () -> seen.add(TenantContext.callAs(ferragens,
                () -> orders.countInbox(OrderStatus.awaitingSupplier()))));
        try {
            long before = TenantContext.callAs(ferragens, () -> orders.countInbox(OrderStatus.awaitingSupplier()));
            addToCart("FP-00092", 10);
            assertThat(placeOrder("told-" + java.util.UUID.randomUUID()).statusCode()).isEqualTo(201);
            // Read on the committing thread, the count missed the order: the page showed none until reloaded.
            assertThat(seen.poll(10, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo(before + 1);
        } finally {
            stop.run();
        }
    }

    @Test
    void aCartWithALineThatCannotBeOrderedIsRefusedAndKept() {
        addToCart("FP-00092", 1); // below Vale's minimum lot of 2

        var refused = placeOrder("checkout-2");
        var empty = api.postWithHeader(HOST, "/api/v1/orders", api.token("horizonte-compras", "horizonte-compras-secret-123"),
                "Idempotency-Key", "checkout-3");
        var withoutKey = api.postWithHeader(HOST, "/api/v1/orders", vale, "X-Nothing", "x");

        assertThat(refused.statusCode()).isEqualTo(422);
        // The refusal names the line; the cart, which keeps it, says what is wrong with it.
        assertThat(api.body(refused).path("detail").asString()).contains("FP-00092");
        assertThat(api.body(refused).path("code").asString()).isEqualTo("checkout.refused.lines-not-orderable");
        var cart = api.body(api.get(HOST, "/api/v1/carts/current", vale));
        assertThat(cart.path("lines").size()).isEqualTo(1);
        assertThat(cart.path("lines").get(0).path("problem").asString()).isEqualTo("BELOW_MINIMUM_LOT");
        assertThat(empty.statusCode()).isEqualTo(422);
        assertThat(withoutKey.statusCode()).isEqualTo(400);
    }

    @Test
    void aRefusedCheckoutIsStillAnnouncedAsStarted() {
        var vale = asFerragens(() -> accounts.byAccountNumber("FP-10007")).orElseThrow();
        asFerragens(() -> carts.add(vale, "FP-00092", 1, null)); // below the minimum lot

        assertThatThrownBy(() -> asFerragens(() -> orders.place(vale, "refused-checkout"))).isInstanceOf(Orders.CheckoutRefusal.class);

        assertThat(events.stream(CartActivity.class).filter(a -> a.buyerAccount().equals(vale.id())))
                .extracting(CartActivity::kind).contains(CartActivity.Kind.CHECKOUT_STARTED)
                .doesNotContain(CartActivity.Kind.CONVERTED_TO_ORDER);
    }

    @Test
    void anotherBuyerCannotReadTheOrderButTheSupplierSeesItInItsInbox() {
        addToCart("FP-00092", 2);
        String id = api.body(placeOrder("checkout-4")).path("id").asString();

        var horizonte = api.get(HOST, "/api/v1/orders/" + id, api.token("horizonte-compras", "horizonte-compras-secret-123"));
        var supplier = api.body(api.get(HOST, "/api/v1/orders?status=SUBMITTED&size=100",
                api.token("ferragens-erp", "ferragens-erp-secret-123")));
        var otherSupplier = api.get(HOST, "/api/v1/orders/" + id, api.token("escritorio-erp", "escritorio-erp-secret-123"));

        assertThat(horizonte.statusCode()).isEqualTo(404);
        assertThat(supplier.toString()).contains(id);
        assertThat(otherSupplier.statusCode()).isIn(403, 404);
    }

    @Test
    void twoConfirmationsRacingForTheLastUnitsNeverTakeMoreThanThereIs() throws Exception {
        Acting.asSupplier(ferragensId(), () -> catalog.setStock("FP-00107", "GRU", 3));
        Acting.asSupplier(ferragensId(), () -> catalog.setStock("FP-00107", "CWB", 2));
        var vale = asFerragens(() -> accounts.byAccountNumber("FP-10007")).orElseThrow();
        var horizonte = asFerragens(() -> accounts.byAccountNumber("FP-10021")).orElseThrow();
        asFerragens(() -> carts.add(vale, "FP-00107", 4, null));
        asFerragens(() -> carts.add(horizonte, "FP-00107", 4, null));
        var first = asFerragens(() -> orders.place(vale, "race-vale"));
        var second = asFerragens(() -> orders.place(horizonte, "race-horizonte"));
        var start = new CountDownLatch(1);
        var ferragens = tenants.bySlug("ferragens").orElseThrow().id();
        java.util.function.Function<PlacedOrder, CompletableFuture<String>> confirm = order -> CompletableFuture.supplyAsync(() -> {
            try {
                start.await();
                TenantContext.callAs(ferragens, () -> orders.move(order.id(), OrderStatus.CONFIRMED, null));
                return "confirmed";
            } catch (dev.feira.catalog.NotEnoughStock e) {
                return "refused: " + e.getMessage();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }, twoThreads);
        var one = confirm.apply(first);
        var two = confirm.apply(second);
        start.countDown();

        assertThat(java.util.List.of(one.get(), two.get())).containsExactlyInAnyOrder("confirmed",
                "refused: Not enough stock: FP-00107 has 1");
        assertThat(asFerragens(() -> catalog.stockOf("FP-00107"))).extracting(l -> l.warehouse() + "=" + l.quantity())
                .containsExactly("GRU=0", "CWB=1"); // the main warehouse is emptied first
        var statuses = java.util.List.of(asFerragens(() -> orders.byId(first.id())).orElseThrow().status(),
                asFerragens(() -> orders.byId(second.id())).orElseThrow().status());
        assertThat(statuses).containsExactlyInAnyOrder(OrderStatus.CONFIRMED, OrderStatus.SUBMITTED);
    }

    @Test
    void statusesMoveOnlyAlongTheirPath() {
        var vale = asFerragens(() -> accounts.byAccountNumber("FP-10007")).orElseThrow();
        asFerragens(() -> carts.add(vale, "FP-00092", 2, null));
        var order = asFerragens(() -> orders.place(vale, "checkout-5"));

        var confirmed = asFerragens(() -> orders.move(order.id(), OrderStatus.CONFIRMED, null));
        assertThatThrownBy(() -> asFerragens(() -> orders.move(order.id(), OrderStatus.REJECTED, "too late")))
                .isInstanceOf(Orders.IllegalTransition.class).hasMessageContaining("CONFIRMED");
        assertThatThrownBy(() -> asFerragens(() -> orders.move(order.id(), OrderStatus.SHIPPED, null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("deliveries");
        asFerragens(() -> deliveries.shipNow(order.id(), java.util.Map.of(), "Jadlog", "JD-1"));
        var shipped = asFerragens(() -> orders.byId(order.id())).orElseThrow();

        assertThat(confirmed.status()).isEqualTo(OrderStatus.CONFIRMED);
        assertThat(shipped.status()).isEqualTo(OrderStatus.SHIPPED);
        assertThat(events.stream(OrderStatusChanged.class)).extracting(OrderStatusChanged::to)
                .containsExactly(OrderStatus.CONFIRMED, OrderStatus.SHIPPED);
        assertThat(events.stream(CartActivity.class)).extracting(CartActivity::kind)
                .containsSubsequence(CartActivity.Kind.CHECKOUT_STARTED, CartActivity.Kind.CONVERTED_TO_ORDER);
        assertThat(asFerragens(() -> orders.ofBuyer(vale, Optional.of(OrderStatus.SHIPPED), 0, 100))).extracting(PlacedOrder::id)
                .contains(order.id());
        assertThat(asFerragens(() -> orders.ofBuyer(vale, Optional.of(OrderStatus.SUBMITTED), 0, 100))).extracting(PlacedOrder::id)
                .doesNotContain(order.id());
        assertThat(events.stream(OrderPlaced.class)).extracting(OrderPlaced::number).contains(order.number());
        assertThat(asFerragens(() -> orders.byId(order.id()))).map(PlacedOrder::status).isEqualTo(Optional.of(OrderStatus.SHIPPED));
    }
}
