package dev.feira;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

import dev.feira.billing.SupplierPayments;
import dev.feira.catalog.Catalog;
import dev.feira.catalog.Categories;
import dev.feira.catalog.ProductImages;
import dev.feira.pricing.ConditionsEditor;
import dev.feira.pricing.TradeTerms;
import dev.feira.shared.TenantContext;
import dev.feira.shared.TenantId;
import dev.feira.shared.sheet.Sheet;
import dev.feira.shared.sheet.SheetExport;
import dev.feira.shared.sheet.SheetImport;
import dev.feira.tenancy.TenantDirectory;
import dev.feira.testing.Acting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * The services behind the supplier's desk check their caller themselves, so its screens and its API cannot disagree:
 * every way of changing (or reading the inside of) a supplier's catalog, conditions and payment account refuses
 * everyone but the supplier's own people and systems — its admins for the catalog, prices and payments, as its screens
 * say — and refuses them before anything is read or written.
 */
@SpringBootTest
@ActiveProfiles("test")
class SupplierDeskAccessIntegrationTests {

    @Autowired
    Catalog catalog;
    @Autowired
    Categories categories;
    @Autowired
    ProductImages images;
    @Autowired
    ConditionsEditor conditions;
    @Autowired
    SupplierPayments payments;
    @Autowired
    List<SheetImport> imports;
    @Autowired
    List<SheetExport> exports;
    @Autowired
    TenantDirectory tenants;
    @Autowired
    dev.feira.webhooks.Webhooks webhooks;

    @Test
    void everyDeskOperationRefusesStrangersAndChangesNothing() {
        TenantId ferragens = tenants.bySlug("ferragens").orElseThrow().id();
        TenantId escritorio = tenants.bySlug("escritorio").orElseThrow().id();
        var before = Acting.asSupplier(ferragens, this::state);

        Map<String, Caller> strangers = new LinkedHashMap<>();
        strangers.put("nobody signed in", new Caller() {
            public <T> T call(Supplier<T> work) {
                return TenantContext.callAs(ferragens, work);
            }
        });
        strangers.put("a buyer with an account at Ferragens", new Caller() {
            public <T> T call(Supplier<T> work) {
                return Acting.asPerson("suprimentos@metalurgicavale.com.br", ferragens, work);
            }
        });
        strangers.put("another supplier's admin on Ferragens' portal", new Caller() {
            public <T> T call(Supplier<T> work) {
                return Acting.asPerson("admin@escritoriototal.com.br", ferragens, work);
            }
        });
        strangers.put("another supplier's systems on Ferragens' portal", new Caller() {
            public <T> T call(Supplier<T> work) {
                return Acting.asSystemOf(escritorio, ferragens, work);
            }
        });

        Map<String, Runnable> operations = operations();
        strangers.forEach((who, caller) -> operations.forEach((what, operation) ->
                assertThatThrownBy(() -> caller.call(() -> {
                    operation.run();
                    return null;
                })).as(who + ": " + what).isInstanceOf(AccessDeniedException.class)));

        assertThat(Acting.asSupplier(ferragens, this::state)).isEqualTo(before);
        assertThat(operations).hasSizeGreaterThan(20);
    }

    @Test
    void aSalesRepLooksAfterItsAccountsButTheCatalogPricesAndPaymentsAreForAdminsAndSystems() {
        TenantId ferragens = tenants.bySlug("ferragens").orElseThrow().id();
        String rep = "carlos.lima@ferragenspaulista.com.br";

        assertThat(Acting.asPerson(rep, ferragens, () -> conditions.customerCategories())).contains("construtoras");
        assertThat(Acting.asPerson(rep, ferragens, () -> payments.connectedAccount())).isEmpty();
        for (Supplier<?> adminsOnly : List.<Supplier<?>>of(() -> catalog.list("", 0, 5), () -> conditions.priceLists(),
                () -> catalog.setStock("FP-00001", 0), () -> webhooks.subscriptions(), () -> {
                    payments.connect("acct_1RepChoosesThis");
                    return null;
                })) {
            assertThatThrownBy(() -> Acting.asPerson(rep, ferragens, adminsOnly)).isInstanceOf(AccessDeniedException.class);
        }

        assertThat(Acting.asPerson("admin@ferragenspaulista.com.br", ferragens, () -> catalog.list("", 0, 5))).hasSize(5);
        Acting.asPerson("admin@ferragenspaulista.com.br", ferragens, () -> {
            payments.connect("acct_1AdminChoosesThis");
            return null;
        });
        assertThat(Acting.asSupplier(ferragens, () -> payments.connectedAccount())).contains("acct_1AdminChoosesThis");
        Acting.asSupplier(ferragens, payments::disconnect);
        assertThatNoException().isThrownBy(() -> Acting.asSupplier(ferragens, () -> exports.getFirst().rows(row -> { })));
    }

    /** Each a whole request of the desk: all are refused before they read their input. */
    private Map<String, Runnable> operations() {
        Map<String, Runnable> operations = new LinkedHashMap<>();
        operations.put("save a product", () -> catalog.save(catalog.bySku("FP-00001").orElseThrow()));
        operations.put("set stock", () -> catalog.setStock("FP-00001", 0));
        operations.put("set a warehouse's stock", () -> catalog.setStock("FP-00001", "CWB", 0));
        operations.put("define a warehouse", () -> catalog.defineWarehouse("INTRUSO", "Intruso"));
        operations.put("list products with inactive ones", () -> catalog.list("", 0, 10));
        operations.put("count listed products", () -> catalog.count("FP"));
        operations.put("create a category", () -> categories.create(null, "Intrusos"));
        operations.put("rename a category", () -> categories.rename("Fixadores", "Intrusos"));
        operations.put("remove a category", () -> categories.remove("Fixadores"));
        operations.put("add a picture", () -> images.add("FP-00002", "x.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 0, 0}));
        operations.put("remove a picture", () -> images.remove("FP-00002", java.util.UUID.randomUUID()));
        for (SheetImport kind : imports) {
            operations.put("check a " + kind.kind() + " sheet", () -> kind.check(sheet(kind)));
            operations.put("apply a " + kind.kind() + " sheet", () -> kind.apply(sheet(kind), percent -> { }));
        }
        for (SheetExport kind : exports) {
            operations.put("export " + kind.kind(), () -> kind.rows(row -> { }));
        }
        operations.put("read price lists", () -> conditions.priceLists());
        operations.put("read a price list", () -> conditions.priceList("TABELA-GERAL"));
        operations.put("read discounts", () -> conditions.discounts());
        operations.put("read promotions", () -> conditions.promotions());
        operations.put("read customer categories", () -> conditions.customerCategories());
        operations.put("save a discount", () -> conditions.save(new ConditionsEditor.DiscountDraft("INTRUSO", "Intruso", null,
                null, null, BigDecimal.TEN, null, null)));
        operations.put("remove a discount", () -> conditions.remove(ConditionsEditor.Kind.DISCOUNT, "INTRUSO"));
        operations.put("set an account's terms", () -> conditions.saveTerms("FP-10007",
                new ConditionsEditor.TermsDraft("à vista", TradeTerms.Freight.FOB, 0, null)));
        operations.put("read the Stripe account", () -> payments.connectedAccount());
        operations.put("read the own publishable key", () -> payments.ownPublishableKey());
        operations.put("connect a Stripe account", () -> payments.connect("acct_1Intruder"));
        operations.put("use own Stripe keys", () -> payments.useOwnKeys("sk_test_intruder123", "pk_test_intruder123", "whsec_intruder123"));
        operations.put("stop taking cards", () -> payments.disconnect());
        operations.put("subscribe a webhook", () -> webhooks.subscribe("http://127.0.0.1:9/intruder", java.util.Set.of("order.placed")));
        operations.put("read webhook subscriptions", () -> webhooks.subscriptions());
        operations.put("remove a webhook", () -> webhooks.unsubscribe(java.util.UUID.randomUUID()));
        operations.put("read webhook deliveries", () -> webhooks.deliveries(java.util.UUID.randomUUID(), 10));
        return operations;
    }

    private static Sheet sheet(SheetImport kind) {
        try {
            return Sheet.csv("intruder.csv", new StringReader(String.join(",", kind.columns()) + "\n"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the operations would have changed, read as Ferragens. */
    private List<Object> state() {
        return List.of(catalog.bySku("FP-00001").orElseThrow(), catalog.stockOf("FP-00001"), catalog.warehouses(), categories.tree(),
                images.of("FP-00002"), conditions.discounts(), payments.connectedAccount(), conditions.priceLists(),
                webhooks.subscriptions());
    }

    private interface Caller {
        <T> T call(Supplier<T> work);
    }
}
