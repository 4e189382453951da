package dev.feira.recovery.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import dev.feira.FeiraApplication;

/**
 * The recovery sweep at scale: {@code tenants} suppliers with {@code rules} rules each and
 * {@code carts} open carts between them, every cart due at once (the worst case: after a long
 * outage), then the steady state (a sweep with nothing due, and with a few carts due).
 * <p>
 * Run: {@code bench/recovery-sweep [carts] [tenants] [rules]} (defaults 1,000,000, 100, 10). The app
 * runs in this JVM on fresh embedded servers; the carts are written straight into the database.
 */
public final class RecoverySweepBenchmark {

    public static void main(String[] args) throws Exception {
        int carts = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int tenantCount = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        int rules = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        Path tenants = generateTenants(tenantCount, rules);
        long boot = System.nanoTime();
        ConfigurableApplicationContext app = SpringApplication.run(FeiraApplication.class,
                "--feira.demo-data.directory=" + tenants, "--feira.embedded.data-directory=", "--server.port=0",
                "--vaadin.devmode.liveReload.enabled=false", "--logging.level.root=WARN", "--logging.level.dev.feira=WARN",
                "--feira.recovery.sweep-interval=PT1000H", "--feira.recovery.sweep-initial-delay=PT1000H");
        int status = 0;
        try {
            System.out.printf("%d suppliers with %d rules each provisioned in %.0f s%n", tenantCount, rules, (System.nanoTime() - boot) / 1e9);
            var owner = new JdbcTemplate(app.getBean(EmbeddedPostgres.class).getDatabase("postgres", "feira"));
            long write = System.nanoTime();
            int perTenant = carts / tenantCount;
            // Every cart due now (as after rules changed, or an outage); values from R$ 1.000 to R$ 100.000; most carts
            // busy within the last 36 hours, one in fifty idle up to 30 days.
            owner.update("""
                    insert into cart_watch (cart_id, tenant_id, buyer_account_id, account_number, buyer_name, customer_category, sales_rep_id,
                                            episode, state, state_since, started_at, last_activity_at, last_change_at, value, currency, lines,
                                            next_due_at)
                    select gen_random_uuid(), a.tenant_id, a.id, a.account_number, 'Comprador', a.customer_category, a.sales_rep_id, 1, 'OPEN',
                           t.started, t.started, t.started, t.started, round((1000 + random() * 99000)::numeric, 2), 'BRL',
                           1 + (random() * 9)::int, now() - interval '1 minute'
                    from (select b.*, count(*) over (partition by b.tenant_id) as of_tenant from buyer_account b) a
                    cross join lateral (select now() - case when random() < 0.02 then random() * interval '30 days'
                                                            else random() * interval '36 hours' end as started
                                        from generate_series(1, ceil(? / a.of_tenant::numeric)::int)) t""", perTenant);
            owner.execute("analyze cart_watch");
            long written = owner.queryForObject("select count(*) from cart_watch", Long.class);
            System.out.printf("%,d open carts written in %.1f s%n", written, (System.nanoTime() - write) / 1e9);

            var engine = app.getBean(RecoveryEngine.class);
            long sweep = System.nanoTime();
            engine.sweep();
            double full = (System.nanoTime() - sweep) / 1e9;
            long alerts = owner.queryForObject("select count(*) from recovery_alert", Long.class);
            long stillDue = owner.queryForObject("select count(*) from cart_watch where next_due_at <= now()", Long.class);
            System.out.printf("full sweep of %,d due carts: %.1f s (%,d alerts fired, %,d carts still due)%n", written, full, alerts, stillDue);

            long idle = System.nanoTime();
            engine.sweep();
            System.out.printf("steady state, nothing due: sweep in %.1f ms%n", (System.nanoTime() - idle) / 1e6);
            owner.update("update cart_watch set next_due_at = now() - interval '1 second' where cart_id in "
                    + "(select cart_id from cart_watch where next_due_at is not null order by random() limit 1000)");
            long some = System.nanoTime();
            engine.sweep();
            System.out.printf("steady state, 1,000 carts due: sweep in %.1f ms%n", (System.nanoTime() - some) / 1e6);
        } catch (RuntimeException e) {
            e.printStackTrace();
            status = 1;
        } finally {
            app.close();
        }
        System.exit(status);
    }

    /** Suppliers with ten buyer accounts each, one sales rep, and rules of every kind. */
    private static Path generateTenants(int count, int rules) throws Exception {
        Path root = Files.createTempDirectory("feira-sweep");
        String[] kinds = {
                "    idleHours: 48\n    minValue: 50000\n    actions: [ALERT_REP, ESCALATE]\n    escalateAfterHours: 24\n",
                "    idleHours: 72\n    minValue: 10000\n    actions: [ALERT_REP, CALL_TASK]\n    callDueHours: 24\n",
                "    noSignInDays: 15\n    actions: [ALERT_REP, EMAIL_BUYER]\n",
                "    checkoutAbandoned: true\n    idleHours: 2\n    actions: [ALERT_REP]\n",
                "    awaitingApprovalDays: 3\n    actions: [ALERT_REP]\n",
                "    unchangedDays: 7\n    minValue: 5000\n    customerCategory: atacado\n    actions: [ALERT_REP]\n",
                "    idleHours: 240\n    maxValue: 5000\n    actions: [ALERT_REP]\n",
                "    unchangedDays: 20\n    minValue: 80000\n    actions: [ALERT_REP, ESCALATE]\n    escalateAfterHours: 4\n",
                "    idleHours: 120\n    pilotAccounts: [A-00001, A-00002]\n    actions: [ALERT_REP]\n",
                "    idleHours: 500\n    actions: [ALERT_REP]\n"};
        for (int t = 1; t <= count; t++) {
            Path dir = Files.createDirectories(root.resolve("s%03d".formatted(t)));
            Files.writeString(dir.resolve("tenant.yaml"), """
                    name: Fornecedor %1$d
                    tagline: Benchmark
                    hosts:
                      - s%1$03d.localhost
                    visibility: private
                    locale: pt-BR
                    currency: BRL
                    branding:
                      primaryColor: "#334155"
                    """.formatted(t));
            var accounts = new StringBuilder("staff:\n  - { username: rep%1$d@s.example, name: Rep %1$d, password: feira123, roles: [SALES_REP] }\nbuyers:\n".formatted(t));
            for (int b = 1; b <= 10; b++) {
                accounts.append("""
                          - company: s%1$d-buyer-%2$d
                            companyName: Comprador %2$d do %1$d
                            accountNumber: A-%2$05d
                            category: %3$s
                            salesRep: rep%1$d@s.example
                        """.formatted(t, b, b % 2 == 0 ? "atacado" : "varejo"));
            }
            Files.writeString(dir.resolve("accounts.yaml"), accounts);
            var recovery = new StringBuilder("rules:\n");
            for (int r = 0; r < rules; r++) {
                recovery.append("  - name: Regra %d\n".formatted(r + 1)).append(kinds[r % kinds.length]);
            }
            Files.writeString(dir.resolve("recovery.yaml"), recovery);
        }
        return root;
    }
}
