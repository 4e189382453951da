package dev.feira.benchmarks;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import dev.feira.platform.TenantOverview;
import dev.feira.platform.TenantOverview.Order;
import dev.feira.platform.TenantOverview.TenantFilter;
import dev.feira.tenancy.TenantStatus;
import dev.feira.testing.Acting;

/**
 * The operators' tenant list with 10,000 suppliers and 200,000 orders in the last 30 days: the first page (figures
 * aggregated afresh), the next pages, a search, a status filter, sorting by GMV, and the dashboard's figures — what a
 * lazily paged grid asks for as an operator scrolls and filters. Service level, in this JVM, on fresh embedded
 * PostgreSQL.
 * <p>
 * Run: {@code bench/operator-tenants [tenants]} (default 10000).
 */
public final class OperatorTenantsBenchmark {

    static final String OPERATOR = "operador@feira.com.br";

    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        BenchApp.runAndExit(Path.of("tenants"), app -> run(app, count));
    }

    private static void run(ConfigurableApplicationContext app, int count) {
        var sql = app.getBean(JdbcTemplate.class);
        long loading = System.nanoTime();
        List<Object[]> tenants = new ArrayList<>();
        List<Object[]> hosts = new ArrayList<>();
        List<Object[]> sales = new ArrayList<>();
        Instant now = Instant.now();
        String[] statuses = {"ACTIVE", "ACTIVE", "ACTIVE", "TRIAL", "ONBOARDING", "PAST_DUE", "SUSPENDED", "CANCELLED"};
        for (int i = 0; i < count; i++) {
            UUID id = UUID.randomUUID();
            tenants.add(new Object[] {id, "bench-" + i, "Fornecedor " + i, statuses[i % statuses.length],
                    Timestamp.from(now.minus(Duration.ofDays(i % 365)))});
            hosts.add(new Object[] {"bench-" + i + ".localhost", id});
            for (int s = 0; s < 20; s++) {
                sales.add(new Object[] {UUID.randomUUID(), id, UUID.randomUUID(), 100 + (i * 7 + s * 13) % 9_000,
                        Timestamp.from(now.minus(Duration.ofHours((i + s * 31) % 700)))});
            }
        }
        sql.batchUpdate("""
                insert into tenant (id, slug, name, visibility, default_locale, currency, primary_color, status, created_at, updated_at)
                values (?, ?, ?, 'PUBLIC', 'pt-BR', 'BRL', '#1f5fae', ?, ?, now())""", tenants);
        sql.batchUpdate("insert into tenant_host (host, tenant_id) values (?, ?)", hosts);
        sql.batchUpdate("""
                insert into marketplace_sale (order_id, about_tenant, buyer_account, total, currency, card, placed_at)
                values (?, ?, ?, ?, 'BRL', false, ?)""", sales);
        System.out.printf("Loaded %,d tenants and %,d sales in %,d ms%n", count, sales.size(), (System.nanoTime() - loading) / 1_000_000);

        // Rows written behind the tenant directory's back: tell every instance's cache, as the desks do.
        app.getBean(dev.feira.shared.live.ClusterSignals.class).send("tenants-changed", "benchmark");
        var overview = app.getBean(TenantOverview.class);
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).until(() ->
                Acting.asPerson(OPERATOR, null, () -> overview.count(TenantFilter.all())) > count);
        Acting.asPerson(OPERATOR, null, () -> {
            System.out.printf("The list holds %,d tenants%n", overview.count(TenantFilter.all()));
            for (int round = 0; round < 3; round++) { // warm-up
                overview.find(TenantFilter.all(), 0, 50);
                overview.figures();
            }
            time("first page (figures aggregated afresh)", () -> overview.find(new TenantFilter("", Set.of(), Order.NAME), 0, 50), true, app);
            time("next page (50 rows)", () -> overview.find(TenantFilter.all(), 500, 50), false, app);
            time("count", () -> overview.count(TenantFilter.all()), false, app);
            time("search 'fornecedor 77'", () -> overview.find(new TenantFilter("fornecedor 77", Set.of(), Order.NAME), 0, 50), false, app);
            time("past due, by GMV", () -> overview.find(new TenantFilter("", Set.of(TenantStatus.PAST_DUE), Order.GMV), 0, 50), false, app);
            time("dashboard figures", overview::figures, false, app);
            return null;
        });
    }

    private static void time(String what, Supplier<Object> work, boolean afresh, ConfigurableApplicationContext app) {
        List<Long> micros = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            if (afresh) {
                forceRefresh(app); // as a new order does: the next read aggregates the 30 days again
            }
            long start = System.nanoTime();
            work.get();
            micros.add((System.nanoTime() - start) / 1_000);
        }
        micros.sort(Long::compare);
        System.out.printf("%-40s median %,8.1f ms   p90 %,8.1f ms%n", what, micros.get(micros.size() / 2) / 1000.0,
                micros.get((int) (micros.size() * 0.9)) / 1000.0);
    }

    /** Makes the overview's snapshot stale, as a sale recorded on this instance does. */
    private static void forceRefresh(ConfigurableApplicationContext app) {
        try {
            Object ledger = org.springframework.test.util.AopTestUtils.getUltimateTargetObject(
                    app.getBean(Class.forName("dev.feira.platform.internal.SalesLedger")));
            var field = ledger.getClass().getDeclaredField("recorded");
            field.setAccessible(true);
            ((java.util.concurrent.atomic.AtomicLong) field.get(ledger)).incrementAndGet();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
