package dev.feira.benchmarks;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ConfigurableApplicationContext;

import dev.feira.pricing.TradeTerms;
import dev.feira.rfq.AwardLine;
import dev.feira.rfq.BuyerRfq;
import dev.feira.rfq.InvitationId;
import dev.feira.rfq.QuoteDraft;
import dev.feira.rfq.Quotes;
import dev.feira.rfq.RfqDraft;
import dev.feira.rfq.RfqId;
import dev.feira.rfq.RfqStatus;
import dev.feira.rfq.Rfqs;
import dev.feira.shared.TenantId;
import dev.feira.tenancy.TenantDirectory;
import dev.feira.testing.Acting;

/**
 * An award of 200 lines split across 5 suppliers becoming 5 orders (every check first, then one order per supplier at
 * its quoted prices, the RFQ ordered): the time of {@code Rfqs.award} alone, over several RFQs. The app runs in this JVM
 * on fresh embedded PostgreSQL and Elasticsearch, with five generated suppliers and one buyer company.
 * <p>
 * Run: {@code bench/rfq-award [rfqs]} (default 7; the first two warm up and are not counted).
 */
public final class RfqAwardBenchmark {

    static final int LINES = 200;
    static final int SUPPLIERS = 5;
    static final String PURCHASER = "compras@bench-buyer.example";

    public static void main(String[] args) throws Exception {
        int rfqCount = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        Path tenants = generateSuppliers(SUPPLIERS);
        BenchApp.runAndExit(tenants, app -> run(app, rfqCount));
    }

    private static void run(ConfigurableApplicationContext app, int rfqCount) throws InterruptedException {
        var rfqs = app.getBean(Rfqs.class);
        var quotes = app.getBean(Quotes.class);
        var directory = app.getBean(TenantDirectory.class);
        List<TenantId> suppliers = new ArrayList<>();
        for (int s = 1; s <= SUPPLIERS; s++) {
            suppliers.add(directory.bySlug("bench-s" + s).orElseThrow().id());
        }
        List<Long> millis = new ArrayList<>();
        for (int r = 0; r < rfqCount; r++) {
            var rfq = quotedRfq(rfqs, quotes, suppliers, LINES, r);
            List<AwardLine> award = new ArrayList<>();
            for (int i = 0; i < rfq.lines().size(); i++) {
                var line = rfq.lines().get(i);
                award.add(new AwardLine(line.lineId(), suppliers.get(i % SUPPLIERS), line.quantity()));
            }
            long start = System.nanoTime();
            var awarded = Acting.asPerson(PURCHASER, null, () -> rfqs.award(rfq.id(), award));
            long took = (System.nanoTime() - start) / 1_000_000;
            if (awarded.status() != RfqStatus.ORDERED || awarded.awarded().stream().map(BuyerRfq.Awarded::order).distinct().count() != SUPPLIERS
                    || awarded.awarded().size() != LINES) {
                throw new IllegalStateException("Award of " + rfq.number() + " did not become " + SUPPLIERS + " orders of " + LINES + " lines");
            }
            System.out.printf("%s: %d lines to %d suppliers, %d orders in %d ms%n", rfq.number(), LINES, SUPPLIERS, SUPPLIERS, took);
            if (r >= 2) {
                millis.add(took);
            }
        }
        millis.sort(Long::compare);
        System.out.printf("Award of %d lines across %d suppliers into %d orders: median %d ms, max %d ms (%d RFQs after warm-up)%n",
                LINES, SUPPLIERS, SUPPLIERS, millis.get(millis.size() / 2), millis.getLast(), millis.size());
    }

    /** An RFQ of {@code lineCount} lines sent to the suppliers, each quoting every line, closed for comparison. */
    static BuyerRfq quotedRfq(Rfqs rfqs, Quotes quotes, List<TenantId> suppliers, int lineCount, int round) throws InterruptedException {
        List<RfqDraft.Line> lines = new ArrayList<>();
        for (int i = 1; i <= lineCount; i++) {
            lines.add(RfqDraft.Line.typed("Item %d do pacote %d".formatted(i, round), 10 + i % 90, "UN"));
        }
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10L + 2L * suppliers.size()));
        var draft = new RfqDraft("Pacote " + round, null, null, deadline, null, true, RfqDraft.AwardMode.PER_LINE, null, lines);
        RfqId id = Acting.asPerson(PURCHASER, null, () -> rfqs.create(draft, new LinkedHashSet<>(suppliers)));
        String number = Acting.asPerson(PURCHASER, null, () -> rfqs.publish(id)).number();
        for (TenantId supplier : suppliers) {
            InvitationId invitation = waitFor(() -> Acting.asSupplier(supplier, () -> quotes.inbox(Optional.empty(), 0, 50)).stream()
                    .filter(i -> i.rfqNumber().equals(number)).findFirst().map(i -> i.id()));
            var asked = Acting.asSupplier(supplier, () -> quotes.open(invitation)).orElseThrow().lines();
            var quoted = asked.stream().map(line -> new QuoteDraft.Line(line.lineId(), BigDecimal.valueOf(100 + (line.position() * 7L
                    + supplier.hashCode() % 50 + 50) % 900, 2), line.quantity(), "UN", 3, null, null, null)).toList();
            Acting.asSupplier(supplier, () -> quotes.submit(invitation, new QuoteDraft("BRL", LocalDate.now().plusDays(30), "28 dias, boleto",
                    TradeTerms.Freight.CIF, BigDecimal.ZERO, null, quoted)));
        }
        // The award waits for the real deadline (the app runs on the system clock here, no test clock to move).
        Thread.sleep(Math.max(0, Duration.between(Instant.now(), deadline).toMillis() + 200));
        return waitFor(() -> Acting.asPerson(PURCHASER, null, () -> rfqs.byId(id))
                .filter(rfq -> rfq.status() == RfqStatus.CLOSED && rfq.answers().stream().allMatch(a -> a.quote().isPresent())));
    }

    private static <T> T waitFor(java.util.function.Supplier<Optional<T>> found) {
        return org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(60)).until(found::get, Optional::isPresent).orElseThrow();
    }

    /** Public suppliers bench-s1… with one product each; all give the company bench-buyer an account. */
    static Path generateSuppliers(int count) throws Exception {
        Path root = Files.createTempDirectory("feira-bench-rfq");
        for (int s = 1; s <= count; s++) {
            Path dir = Files.createDirectories(root.resolve("bench-s" + s));
            Files.writeString(dir.resolve("tenant.yaml"), """
                    name: Fornecedor %1$d
                    tagline: Benchmark
                    hosts:
                      - bench-s%1$d.localhost
                    visibility: public
                    locale: pt-BR
                    currency: BRL
                    branding:
                      primaryColor: "#334155"
                    """.formatted(s));
            Files.writeString(dir.resolve("catalog.csv"), "sku,gtin,mpn,name,description,brand,category,unit,pack_size,min_order_qty,"
                    + "order_multiple,list_price,stock,units,attributes\nS%1$d-001,,,Produto %1$d,,Bench,Bench > Geral,UN,1,1,1,10.00,100,,\n".formatted(s));
            // The buyer company's people are declared once; every supplier gives it an account.
            String users = s == 1 ? "    users:\n      - { username: " + PURCHASER + ", name: Compras Bench, password: feira123, roles: [BUYER_ADMIN, PURCHASER] }\n" : "";
            Files.writeString(dir.resolve("accounts.yaml"), """
                    staff:
                      - { username: admin@bench-s%1$d.example, name: Admin %1$d, password: feira123, roles: [SUPPLIER_ADMIN] }
                    buyers:
                      - company: bench-buyer
                        companyName: Comprador Bench Ltda.
                        accountNumber: BS%1$d-001
                    %2$s""".formatted(s, users));
            Files.writeString(dir.resolve("conditions.yaml"), """
                    terms:
                      defaults: { payment: "28 dias, boleto", freight: CIF, leadTimeDays: 2 }
                    """);
        }
        return root;
    }

    private RfqAwardBenchmark() {
    }
}
