package dev.feira.ordering;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import dev.feira.catalog.Catalog;
import dev.feira.identity.BuyerAccountDirectory;
import dev.feira.identity.BuyerAccountProfile;
import dev.feira.shared.TenantContext;
import dev.feira.tenancy.TenantDirectory;
import dev.feira.testing.Acting;
import dev.feira.testing.IntegrationApiClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * After the order: the supplier confirms (declining lines), splits and combines deliveries, ships
 * with tracking numbers, invoices by the payment terms and records the payment — each step guarded.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@RecordApplicationEvents
class FulfilmentIntegrationTests {

    static final String HOST = "ferragens.localhost";

    @LocalServerPort
    int port;
    @Autowired
    Orders orders;
    @Autowired
    Deliveries deliveries;
    @Autowired
    Carts carts;
    @Autowired
    InvoiceDocuments invoices;
    @Autowired
    BuyerAccountDirectory accounts;
    @Autowired
    TenantDirectory tenants;
    @Autowired
    Catalog catalog;
    @Autowired
    ApplicationEvents events;

    private BuyerAccountProfile vale;
    private BuyerAccountProfile horizonte;

    @BeforeEach
    void buyers() {
        vale = asFerragens(() -> accounts.byAccountNumber("FP-10007")).orElseThrow();
        horizonte = asFerragens(() -> accounts.byAccountNumber("FP-10021")).orElseThrow();
        Acting.asSupplier(ferragensId(), () -> catalog.setStock("FP-00092", "GRU", 500));
        Acting.asSupplier(ferragensId(), () -> catalog.setStock("FP-00106", "GRU", 500));
    }

    @AfterEach
    void emptyCarts() {
        asFerragens(() -> carts.empty(vale));
        asFerragens(() -> carts.empty(horizonte));
    }

    private dev.feira.shared.TenantId ferragensId() {
        return tenants.bySlug("ferragens").orElseThrow().id();
    }

    private <T> T asFerragens(Supplier<T> work) {
        return TenantContext.callAs(tenants.bySlug("ferragens").orElseThrow().id(), work);
    }

    private PlacedOrder order(BuyerAccountProfile buyer, Map<String, Integer> lines) {
        lines.forEach((sku, quantity) -> asFerragens(() -> carts.add(buyer, sku, quantity, null)));
        return asFerragens(() -> orders.place(buyer, UUID.randomUUID().toString()));
    }

    @Test
    void aDeclinedLineIsNeitherTakenFromStockNorBilled() {
        int before = asFerragens(() -> catalog.bySku("FP-00106")).orElseThrow().stock();
        var order = order(vale, Map.of("FP-00092", 10, "FP-00106", 4));
        var kept = order.lines().stream().filter(l -> l.sku().equals("FP-00092")).findFirst().orElseThrow();

        var confirmed = asFerragens(() -> orders.confirm(order.id(), Map.of("FP-00106", "Discontinued, sorry"), "Shipping tomorrow"));

        assertThat(confirmed.status()).isEqualTo(OrderStatus.CONFIRMED);
        assertThat(confirmed.total().amount()).isEqualByComparingTo(kept.total().amount());
        assertThat(confirmed.lines()).filteredOn(l -> l.sku().equals("FP-00106")).extracting(PlacedOrder.Line::rejection)
                .containsExactly(Optional.of("Discontinued, sorry"));
        assertThat(asFerragens(() -> catalog.bySku("FP-00106")).orElseThrow().stock()).isEqualTo(before);
        assertThat(confirmed.timeline()).extracting(PlacedOrder.Step::status).containsExactly(OrderStatus.SUBMITTED, OrderStatus.CONFIRMED);
        assertThat(confirmed.timeline().getLast().note()).contains("Shipping tomorrow");
        assertThatThrownBy(() -> asFerragens(() -> deliveries.plan(order.id(), Map.of("FP-00106", 1))))
                .isInstanceOf(Deliveries.DeliveryRefusal.class).hasMessageContaining("no accepted line FP-00106");
    }

    @Test
    void aLineConfirmedWithLessKeepsWhatWasOrderedAndBillsTakesAndTaxesWhatIsConfirmed() {
        int before = asFerragens(() -> catalog.bySku("FP-00106")).orElseThrow().stock();
        var order = order(horizonte, Map.of("FP-00092", 10, "FP-00106", 4));
        var reduced = order.lines().stream().filter(l -> l.sku().equals("FP-00106")).findFirst().orElseThrow();
        var kept = order.lines().stream().filter(l -> l.sku().equals("FP-00092")).findFirst().orElseThrow();
        LocalDate inAWeek = LocalDate.now(ZoneId.of("America/Sao_Paulo")).plusDays(7);

        var confirmed = asFerragens(() -> orders.confirm(order.id(), List.of(
                new Orders.LineConfirmation("FP-00106", 3, null, "Only three left in the lot"),
                new Orders.LineConfirmation("FP-00092", null, inAWeek, null)), null));

        var line = confirmed.lines().stream().filter(l -> l.sku().equals("FP-00106")).findFirst().orElseThrow();
        assertThat(line.quantity()).isEqualTo(3);
        assertThat(line.asked().base()).isEqualTo(4);
        assertThat(line.confirmed().reason()).contains("Only three left in the lot");
        assertThat(line.total().amount()).isEqualByComparingTo(reduced.unitPrice().amount().multiply(java.math.BigDecimal.valueOf(3)));
        assertThat(confirmed.total().amount()).isEqualByComparingTo(kept.total().amount().add(line.total().amount()));
        reduced.tax().ifPresent(tax -> assertThat(line.tax().orElseThrow().icms().amount())
                .isEqualByComparingTo(tax.icms().amount().multiply(java.math.BigDecimal.valueOf(0.75)).setScale(2, java.math.RoundingMode.HALF_EVEN)));
        assertThat(confirmed.lines()).filteredOn(l -> l.sku().equals("FP-00092")).extracting(l -> l.confirmed().promisedFor())
                .containsExactly(Optional.of(inAWeek));
        assertThat(asFerragens(() -> catalog.bySku("FP-00106")).orElseThrow().stock()).isEqualTo(before - 3);
    }

    @Test
    void aConfirmationThatCannotBeMadeChangesNothingAndSaysWhyInTheSuppliersWords() {
        var order = order(vale, Map.of("FP-00106", 4));
        LocalDate yesterday = LocalDate.now(ZoneId.of("America/Sao_Paulo")).minusDays(1);

        assertThatThrownBy(() -> asFerragens(() -> orders.confirm(order.id(), List.of(new Orders.LineConfirmation("FP-00106", 5, null, "x")), null)))
                .isInstanceOfSatisfying(Orders.ConfirmationRefusal.class, r -> assertThat(r.key()).isEqualTo("order.refused.more-than-ordered"));
        assertThatThrownBy(() -> asFerragens(() -> orders.confirm(order.id(), List.of(new Orders.LineConfirmation("FP-00106", 2, null, " ")), null)))
                .isInstanceOfSatisfying(Orders.ConfirmationRefusal.class, r -> assertThat(r.key()).isEqualTo("order.refused.reason-required"));
        assertThatThrownBy(() -> asFerragens(() -> orders.confirm(order.id(), List.of(new Orders.LineConfirmation("FP-00106", null, yesterday, null)), null)))
                .isInstanceOfSatisfying(Orders.ConfirmationRefusal.class, r -> assertThat(r.key()).isEqualTo("order.refused.promised-in-past"));

        var unchanged = asFerragens(() -> orders.byId(order.id())).orElseThrow();
        assertThat(unchanged.status()).isEqualTo(OrderStatus.SUBMITTED);
        assertThat(unchanged.lines().getFirst().quantity()).isEqualTo(4);
        assertThat(unchanged.total().amount()).isEqualByComparingTo(order.total().amount());
    }

    @Test
    void decliningEveryLineRejectsTheOrder() {
        var order = order(vale, Map.of("FP-00092", 2));

        var rejected = asFerragens(() -> orders.confirm(order.id(), Map.of("FP-00092", "Out of production"), null));

        assertThat(rejected.status()).isEqualTo(OrderStatus.REJECTED);
        assertThat(rejected.statusReason()).contains("Out of production");
    }

    @Test
    void anOrderSplitInTwoDeliveriesIsPartlyShippedThenShippedThenDeliveredInvoicedAndPaidOnce() {
        var order = order(vale, Map.of("FP-00092", 10, "FP-00106", 4));
        asFerragens(() -> orders.confirm(order.id(), Map.of(), null));

        var first = asFerragens(() -> deliveries.plan(order.id(), Map.of("FP-00092", 6)));
        var rest = asFerragens(() -> deliveries.plan(order.id(), Map.of()));
        assertThatThrownBy(() -> asFerragens(() -> deliveries.plan(order.id(), Map.of("FP-00092", 1))))
                .isInstanceOf(Deliveries.DeliveryRefusal.class).hasMessageContaining("0");
        assertThat(rest.lines()).extracting(l -> l.sku() + "=" + l.quantity()).containsExactlyInAnyOrder("FP-00092=4", "FP-00106=4");

        asFerragens(() -> deliveries.ship(first.id(), "Jadlog", "JD123"));
        assertThat(status(order)).isEqualTo(OrderStatus.PARTLY_SHIPPED);
        assertThatThrownBy(() -> asFerragens(() -> deliveries.ship(first.id(), "Jadlog", "JD124")))
                .isInstanceOf(Deliveries.DeliveryRefusal.class);
        assertThatThrownBy(() -> asFerragens(() -> deliveries.ship(rest.id(), "Jadlog", " ")))
                .isInstanceOf(Deliveries.DeliveryRefusal.class).hasMessageContaining("tracking number");
        asFerragens(() -> deliveries.ship(rest.id(), null, "BR987654321"));
        assertThat(status(order)).isEqualTo(OrderStatus.SHIPPED);
        assertThatThrownBy(() -> asFerragens(() -> orders.invoice(order.id()))).isInstanceOf(Orders.IllegalTransition.class);

        asFerragens(() -> deliveries.deliver(first.id()));
        assertThat(status(order)).isEqualTo(OrderStatus.SHIPPED); // one of two arrived
        asFerragens(() -> deliveries.deliver(rest.id()));
        assertThat(status(order)).isEqualTo(OrderStatus.DELIVERED);

        var invoiced = asFerragens(() -> orders.invoice(order.id()));
        var today = LocalDate.now(ZoneId.of("America/Sao_Paulo"));
        assertThat(invoiced.status()).isEqualTo(OrderStatus.INVOICED);
        assertThat(invoiced.invoice().orElseThrow().number()).startsWith("FAT-");
        assertThat(invoiced.invoice().orElseThrow().dueDates()).containsExactly(today.plusDays(28)); // Vale: "28 dias, faturado"

        var paid = asFerragens(() -> orders.recordPayment(order.id(), "ERP 4711"));
        var again = asFerragens(() -> orders.recordPayment(order.id(), "ERP 4711"));
        assertThat(paid.status()).isEqualTo(OrderStatus.PAID);
        assertThat(again.paidAt()).isEqualTo(paid.paidAt());
        assertThat(events.stream(OrderStatusChanged.class).filter(e -> e.order().equals(order.id()))).extracting(OrderStatusChanged::to)
                .containsExactly(OrderStatus.CONFIRMED, OrderStatus.PARTLY_SHIPPED, OrderStatus.SHIPPED, OrderStatus.DELIVERED,
                        OrderStatus.INVOICED, OrderStatus.PAID);
        assertThat(events.stream(DeliveryShipped.class)).extracting(DeliveryShipped::trackingNumber).contains("JD123", "BR987654321");
        assertThat(paid.timeline()).extracting(PlacedOrder.Step::status).startsWith(OrderStatus.SUBMITTED).endsWith(OrderStatus.PAID);
    }

    @Test
    void twoOrdersOfOneBuyerTravelInOneDeliveryButNotWithAnotherBuyers() {
        var one = order(horizonte, Map.of("FP-00092", 20));
        var two = order(horizonte, Map.of("FP-00106", 10));
        var other = order(vale, Map.of("FP-00092", 2));
        for (var order : List.of(one, two, other)) {
            asFerragens(() -> orders.confirm(order.id(), Map.of(), null));
        }

        assertThatThrownBy(() -> asFerragens(() -> deliveries.combine(List.of(one.id(), other.id()))))
                .isInstanceOf(Deliveries.DeliveryRefusal.class).hasMessageContaining("one buyer");
        var together = asFerragens(() -> deliveries.combine(List.of(one.id(), two.id())));
        asFerragens(() -> deliveries.ship(together.id(), "Correios", "OX123456789BR"));

        assertThat(together.lines()).extracting(DeliveryNote.Line::orderNumber).containsExactlyInAnyOrder(one.number(), two.number());
        assertThat(status(one)).isEqualTo(OrderStatus.SHIPPED);
        assertThat(status(two)).isEqualTo(OrderStatus.SHIPPED);
        assertThat(asFerragens(() -> deliveries.ofOrder(two.id()))).extracting(DeliveryNote::number).containsExactly(together.number());
    }

    @Test
    void theInvoicePdfNamesTheSupplierTheBuyerTheLinesAndEachInstalment() throws Exception {
        var order = order(horizonte, Map.of("FP-00092", 30));
        asFerragens(() -> orders.confirm(order.id(), Map.of(), null));
        asFerragens(() -> deliveries.deliver(deliveries.shipNow(order.id(), Map.of(), "Jadlog", "JD555").id()));
        var invoiced = asFerragens(() -> orders.invoice(order.id()));

        byte[] pdf = asFerragens(() -> invoices.pdf(invoiced, java.util.Locale.of("pt", "BR")));

        var reader = new PdfReader(pdf);
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        assertThat(text).contains("Ferragens Paulista", invoiced.invoice().orElseThrow().number(), order.number(), "FP-00092",
                "Parcela 1", "Parcela 3"); // Horizonte: "30/60/90 dias, boleto"
        assertThat(invoiced.invoice().orElseThrow().dueDates()).hasSize(3);
    }

    @Test
    void theBuyerCancelsOnlyBeforeTheSupplierConfirmedAndOnlyItsOwnOrders() {
        var mine = order(vale, Map.of("FP-00092", 2));
        var confirmedOne = order(vale, Map.of("FP-00092", 2));
        asFerragens(() -> orders.confirm(confirmedOne.id(), Map.of(), null));

        assertThatThrownBy(() -> asFerragens(() -> orders.cancel(horizonte, mine.id(), "not mine"))).isInstanceOf(IllegalArgumentException.class);
        var cancelled = asFerragens(() -> orders.cancel(vale, mine.id(), "Wrong address"));
        assertThatThrownBy(() -> asFerragens(() -> orders.cancel(vale, confirmedOne.id(), "too late")))
                .isInstanceOf(Orders.IllegalTransition.class);

        assertThat(cancelled.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(status(confirmedOne)).isEqualTo(OrderStatus.CONFIRMED);
    }

    @Test
    void theSuppliersErpRecordsAShipmentThroughTheApiAndABuyerCannot() {
        var api = new IntegrationApiClient(port);
        var order = order(vale, Map.of("FP-00092", 10));
        asFerragens(() -> orders.confirm(order.id(), Map.of(), null));
        String erp = api.token("ferragens-erp", "ferragens-erp-secret-123");
        String buyer = api.token("metalurgica-erp", "metalurgica-erp-secret-123");
        String body = "{\"carrier\": \"Jadlog\", \"trackingNumber\": \"JD777\", \"lines\": [{\"sku\": \"FP-00092\", \"quantity\": 4}]}";

        var byBuyer = api.post(HOST, "/api/v1/orders/" + order.id() + "/shipments", buyer, "application/json", body.getBytes());
        var tooMuch = api.post(HOST, "/api/v1/orders/" + order.id() + "/shipments", erp, "application/json",
                body.replace("\"quantity\": 4", "\"quantity\": 11").getBytes());
        var shipped = api.post(HOST, "/api/v1/orders/" + order.id() + "/shipments", erp, "application/json", body.getBytes());

        assertThat(byBuyer.statusCode()).isEqualTo(403);
        assertThat(tooMuch.statusCode()).isEqualTo(422);
        assertThat(shipped.statusCode()).as(shipped.body()).isEqualTo(201);
        assertThat(api.body(shipped).path("trackingNumber").asString()).isEqualTo("JD777");
        var seenByBuyer = api.body(api.get(HOST, "/api/v1/orders/" + order.id(), buyer));
        assertThat(seenByBuyer.path("status").asString()).isEqualTo("PARTLY_SHIPPED");
        assertThat(api.body(api.get(HOST, "/api/v1/orders/" + order.id() + "/deliveries", buyer)).toString()).contains("JD777");
        assertThat(api.getBytes(HOST, "/api/v1/orders/" + order.id() + "/invoice.pdf", buyer).statusCode()).isEqualTo(404);
    }

    @Test
    void theSuppliersErpConfirmsALineWithLessThroughTheApiAndARefusalReadsInPortuguese() {
        var api = new IntegrationApiClient(port);
        var order = order(vale, Map.of("FP-00106", 4));
        String erp = api.token("ferragens-erp", "ferragens-erp-secret-123");
        String path = "/api/v1/orders/" + order.id() + "/confirmation";

        var tooMuch = api.call("POST", HOST, path, erp, "application/json",
                "{\"lines\": [{\"sku\": \"FP-00106\", \"quantity\": 9, \"reason\": \"x\"}]}".getBytes(), "Accept-Language", "pt-BR");
        var confirmed = api.post(HOST, path, erp, "application/json",
                "{\"lines\": [{\"sku\": \"FP-00106\", \"quantity\": 2, \"reason\": \"Lote com 2\", \"promisedFor\": \"2099-01-15\"}]}".getBytes());

        assertThat(tooMuch.statusCode()).isEqualTo(422);
        assertThat(api.body(tooMuch).path("detail").asString()).isEqualTo("A linha FP-00106 pode ser confirmada com 0 a 4 CX.");
        assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);
        var line = api.body(confirmed).path("lines").get(0);
        assertThat(line.path("quantity").asInt()).isEqualTo(2);
        assertThat(line.path("confirmed").path("orderedQuantity").asInt()).isEqualTo(4);
        assertThat(line.path("confirmed").path("promisedFor").asString()).isEqualTo("2099-01-15");
    }

    private OrderStatus status(PlacedOrder order) {
        return asFerragens(() -> orders.byId(order.id())).orElseThrow().status();
    }
}
