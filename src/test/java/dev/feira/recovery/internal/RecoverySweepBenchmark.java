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
                                            episode, state, state_since, started_at, last_activity_at, last_change_at, value, currency, lines)
                    select gen_random_uuid(), a.tenant_id, a.id, a.account_number, 'Comprador', a.customer_category, a.sales_rep_id, 1, 'OPEN',
                           t.started, t.started, t.started, t.started, round((1000 + random() * 99000)::numeric, 2), 'BRL',
                           1 + (random() * 9)::int
                    from (select b.*, count(*) over (partition by b.tenant_id) as of_tenant from buyer_account b) a
                    cross join lateral (select now() - case when random() < 0.02 then random() * interval '30 days'
                                                            else random() * interval '36 hours' end as started
                                        from generate_series(1, ceil(? / a.of_tenant::numeric)::int)) t""", perTenant);
            owner.execute("analyze cart_watch");
            long written = owner.queryForObject("select count(*) from cart_watch", Long.class);
            System.out.printf("%,d open carts written in %.1f s%n", written, (System.nanoTime() - write) / 1e9);

            var engine = app.getBean(RecoveryEngine.class);
            // No rule swept yet: every rule looks at every open cart (as for new or edited rules, or after an outage).
            owner.update("update abandonment_rule set swept_until = null");
            long sweep = System.nanoTime();
            engine.sweep();
            double full = (System.nanoTime() - sweep) / 1e9;
            long alerts = owner.queryForObject("select count(*) from recovery_alert", Long.class);
            System.out.printf("full sweep of %,d open carts: %.1f s (%,d alerts fired)%n", written, full, alerts);
            awaitListeners(owner, "full sweep's");

            long idle = System.nanoTime();
            engine.sweep();
            System.out.printf("steady state, nothing due: sweep in %.1f ms%n", (System.nanoTime() - idle) / 1e6);
            // 1,000 carts of every supplier cross 48 h idle (10 per supplier), a sweep later.
            owner.update("""
                    update cart_watch set last_activity_at = now() - interval '48 hours 10 seconds', value = 60000
                    where cart_id in (select cart_id from (select cart_id, row_number() over (partition by tenant_id order by cart_id) as n
                                                           from cart_watch where last_activity_at > now() - interval '36 hours') c
                                      where n <= ?)""", 1000 / tenantCount);
            long some = System.nanoTime();
            engine.sweep();
            long fired = owner.queryForObject("select count(*) from recovery_alert", Long.class) - alerts;
            System.out.printf("steady state, 1,000 carts crossed: sweep in %.1f ms (%,d alerts fired)%n", (System.nanoTime() - some) / 1e6, fired);
            awaitListeners(owner, "steady state's");
        } catch (RuntimeException e) {
            e.printStackTrace();
            status = 1;
        } finally {
            app.close();
        }
        System.exit(status);
    }

    /** Until the listeners (notices, mails to buyers, webhooks) have done what the sweep's events asked. */
    private static void awaitListeners(JdbcTemplate owner, String what) {
        long start = System.nanoTime();
        org.awaitility.Awaitility.await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(100)).until(() ->
                owner.queryForObject("select count(*) from event_publication where completion_date is null", Long.class) == 0);
        System.out.printf("  the %s events handled %.1f s later (notices: %,d)%n", what, (System.nanoTime() - start) / 1e9,
                owner.queryForObject("select count(*) from notice", Long.class));
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
