package dev.feira.ordering;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import dev.feira.identity.BuyerAccountDirectory;
import dev.feira.pricing.ConditionsEditor;
import dev.feira.shared.TenantContext;
import dev.feira.tenancy.TenantDirectory;
import dev.feira.testing.Acting;
import dev.feira.testing.IntegrationApiClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Carts at Ferragens Paulista through the API and the service: kept per buyer company, every line
 * checked and priced at the buyer's conditions, changes since adding shown, every step announced.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@RecordApplicationEvents
class CartIntegrationTests {

    static final String HOST = "ferragens.localhost";

    @LocalServerPort
    int port;
    @Autowired
    Carts carts;
    @Autowired
    BuyerAccountDirectory accounts;
    @Autowired
    TenantDirectory tenants;
    @Autowired
    ConditionsEditor conditions;
    @Autowired
    ApplicationEvents events;

    private IntegrationApiClient api;
    private String vale;

    @BeforeEach
    void tokens() {
        api = new IntegrationApiClient(port);
        vale = api.token("metalurgica-erp", "metalurgica-erp-secret-123");
        api.delete(HOST, "/api/v1/carts/current", vale);
    }

    @org.junit.jupiter.api.AfterEach
    void emptyTheCart() {
        api.delete(HOST, "/api/v1/carts/current", vale); // browser tests in the same context start from an empty cart
    }

    private dev.feira.shared.TenantId ferragensId() {
        return tenants.bySlug("ferragens").orElseThrow().id();
    }

    private <T> T asFerragens(java.util.function.Supplier<T> work) {
        return TenantContext.callAs(tenants.bySlug("ferragens").orElseThrow().id(), work);
    }

    @Test
    void aBuyerAddsBySkuInAnyUnitAndTheCompanysCartKeepsIt() {
        var added = api.post(HOST, "/api/v1/carts/current/lines", vale, "application/json",
                "{\"sku\": \"FP-00092\", \"quantity\": 1, \"unit\": \"FD\"}".getBytes());

        assertThat(added.statusCode()).as(added.body()).isEqualTo(200);
        var line = api.body(added).path("lines").path(0);
        assertThat(line.path("quantity").asInt()).isEqualTo(10); // one bundle of ten boxes
        assertThat(line.path("unitPrice").decimalValue()).isEqualByComparingTo("43.44"); // Vale's own price list
        assertThat(api.body(added).path("total").decimalValue()).isEqualByComparingTo("434.40");
        // The same cart, seen by anyone of the company (here through the service, as the portal does)
        var seen = asFerragens(() -> carts.view(accounts.byAccountNumber("FP-10007").orElseThrow()));
        assertThat(seen.lines()).extracting(PricedCart.Line::sku, PricedCart.Line::quantity).containsExactly(
                org.assertj.core.groups.Tuple.tuple("FP-00092", 10));
    }

    @Test
    void aLineKeepsTheUnitTheBuyerChoseUntilAnotherUnitIsAdded() {
        var bundle = api.body(api.post(HOST, "/api/v1/carts/current/lines", vale, "application/json",
                "{\"sku\": \"FP-00092\", \"quantity\": 2, \"unit\": \"fd\"}".getBytes())).path("lines").path(0);
        var account = asFerragens(() -> accounts.byAccountNumber("FP-10007")).orElseThrow();
        var seen = asFerragens(() -> carts.view(account)).lines().getFirst();

        assertThat(bundle.path("saleQuantity").asInt()).isEqualTo(2);
        assertThat(bundle.path("saleUnit").asString()).isEqualTo("FD");
        assertThat(bundle.path("quantity").asInt()).isEqualTo(20);
        assertThat(seen.ordered().text(java.util.Locale.forLanguageTag("pt-BR"))).isEqualTo("2 FD (20 CX)");

        var mixed = api.body(api.post(HOST, "/api/v1/carts/current/lines", vale, "application/json",
                "{\"sku\": \"FP-00092\", \"quantity\": 4}".getBytes())).path("lines").path(0);
        assertThat(mixed.path("quantity").asInt()).isEqualTo(24);
        assertThat(mixed.path("saleUnit").isNull()).as("24 boxes are no whole bundles: shown in boxes").isTrue();
    }

    @Test
    void severalLinesGoInAtOnceAndTheOnesThatCannotAreLeftOutWithTheirReason() {
        var account = asFerragens(() -> accounts.byAccountNumber("FP-10007")).orElseThrow();

        var added = asFerragens(() -> carts.addAll(account, List.of(new Carts.NewLine("FP-00092", 1, "FD"),
                new Carts.NewLine("NO-SUCH", 1, null), new Carts.NewLine("FP-00001", 3, "BOX"))));

        assertThat(added.added()).isEqualTo(1);
        assertThat(added.cart().lines()).extracting(PricedCart.Line::sku).containsExactly("FP-00092");
        assertThat(added.leftOut()).extracting(l -> l.reason().key())
                .containsExactly("cart.refused.unknown-sku", "cart.refused.unknown-unit");
    }

    @Test
    void linesAreCheckedAgainstTheBuyersLotsAndStock() {
        api.post(HOST, "/api/v1/carts/current/lines", vale, "application/json", "{\"sku\": \"FP-00092\", \"quantity\": 1}".getBytes());
        api.post(HOST, "/api/v1/carts/current/lines", vale, "application/json", "{\"sku\": \"FP-00002\", \"quantity\": 500}".getBytes());

        var lines = api.body(api.get(HOST, "/api/v1/carts/current", vale)).path("lines");
        assertThat(lines.path(0).path("problem").asString()).isEqualTo("BELOW_MINIMUM_LOT"); // FP-00092 is sold from 2
        assertThat(lines.path(1).path("problem").asString()).isEqualTo("NOT_ENOUGH_STOCK");

        var removed = api.put(HOST, "/api/v1/carts/current/lines/FP-00002", vale, "{\"quantity\": 0}");
        assertThat(api.body(removed).path("lines").size()).isEqualTo(1);
    }

    @Test
    void everyStepOfACartIsAnnouncedWithItsValue() {
        var horizonte = asFerragens(() -> accounts.byAccountNumber("FP-10021")).orElseThrow();

        asFerragens(() -> carts.add(horizonte, "FP-00200", 10, null));
        asFerragens(() -> carts.add(horizonte, "FP-00201", 20, null));
        asFerragens(() -> carts.change(horizonte, "FP-00200", 30));
        asFerragens(() -> carts.change(horizonte, "FP-00201", 0));
        asFerragens(() -> carts.view(horizonte));
        asFerragens(() -> carts.empty(horizonte));

        var announced = events.stream(CartActivity.class).filter(a -> a.buyerAccount().equals(horizonte.id())).toList();
        assertThat(announced).extracting(CartActivity::kind).containsExactly(CartActivity.Kind.CREATED,
                CartActivity.Kind.LINE_ADDED, CartActivity.Kind.LINE_ADDED, CartActivity.Kind.LINE_CHANGED,
                CartActivity.Kind.LINE_REMOVED, CartActivity.Kind.VIEWED, CartActivity.Kind.EMPTIED);
        assertThat(announced).extracting(CartActivity::cart).containsOnly(announced.getFirst().cart());
        assertThat(announced.get(3).value().amount()).isPositive();
        assertThat(announced.get(3).lines()).isEqualTo(2);
        assertThat(announced.getLast().value().amount()).isZero();
    }

    @Test
    void aPriceThatChangedSinceAddingIsShownWithTheOldOne() {
        api.post(HOST, "/api/v1/carts/current/lines", vale, "application/json", "{\"sku\": \"FP-00120\", \"quantity\": 3}".getBytes());
        Acting.asSupplier(ferragensId(), () -> {
            conditions.save(new ConditionsEditor.PriceListDraft("VALE-ARRUELAS", "Vale arruelas", null, null, "FP-10007", 9,
                    LocalDate.of(2026, 1, 1), null, List.of(new ConditionsEditor.Tier("FP-00120", 1, new BigDecimal("1.11")))));
            return null;
        });

        var line = api.body(api.get(HOST, "/api/v1/carts/current", vale)).path("lines").path(0);

        assertThat(line.path("unitPrice").decimalValue()).isEqualByComparingTo("1.11");
        assertThat(line.path("priceWhenAdded").decimalValue()).isNotEqualByComparingTo("1.11");
    }

    @Test
    void badLinesAreRefusedAndChangeNothing() {
        String[] refused = {
                "{\"sku\": \"NAO-EXISTE\", \"quantity\": 1}",
                "{\"sku\": \"ET-00001\", \"quantity\": 1}",          // another supplier's SKU
                "{\"sku\": \"FP-00092\", \"quantity\": 2, \"unit\": \"KG\"}",
                "{\"sku\": \"FP-00092\", \"quantity\": 0}",
                "{\"sku\": \"FP-00092\", \"quantity\": 2000000}",
        };
        for (String body : refused) {
            var response = api.post(HOST, "/api/v1/carts/current/lines", vale, "application/json", body.getBytes());
            assertThat(response.statusCode()).as(body).isEqualTo(422);
        }
        assertThat(api.body(api.get(HOST, "/api/v1/carts/current", vale)).path("lines").size()).isZero();
    }

    @Test
    void onlyABuyerWithAnAccountHereHasACart() {
        var supplier = api.get(HOST, "/api/v1/carts/current", api.token("ferragens-erp", "ferragens-erp-secret-123"));
        var bareHost = api.get("localhost", "/api/v1/carts/current", vale);

        assertThat(supplier.statusCode()).isEqualTo(403);
        assertThat(bareHost.statusCode()).isEqualTo(404);
    }
}
