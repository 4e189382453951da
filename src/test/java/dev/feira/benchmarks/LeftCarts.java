package dev.feira.benchmarks;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code infra/chaos}'s recovery load: Construtora Horizonte's purchasing system leaves one cart after another at
 * Escritório Total, whose rule alerts the account's rep when a cart is idle for an hour. An hour is too long for a kill
 * test, so the driver moves each left cart's clock instead: it sets the cart's watch back an hour in PostgreSQL, as if
 * the buyer had left it that long, so that it comes due now (a sweep judges what came due since the last one, so a
 * cart set back further would be one it had passed over). The application's sweeps (every instance runs them) then raise the alert and
 * tell the rep; the driver waits for both, through the API and the notice, before leaving the next cart.
 * <p>
 * The check afterwards: every left cart got one alert and its rep one notice — none lost to a killed process or a
 * failover, none doubled by two instances sweeping at once.
 */
final class LeftCarts {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String SUPPLIER_HOST = "escritorio.localhost";
    private static final String BUYER_SYSTEM = "horizonte-compras";
    private static final String SUPPLIER_SYSTEM = "escritorio-erp";
    private static final String RULE = "Carrinho parado há 1 h (teste de falhas)";
    /** Sold by the box, ten at least. */
    private static final String SKU = "ET-00002";
    private static final Duration WAIT_PER_CART = Duration.ofMinutes(3);

    /** A cart left in one episode, and the alert that came of it once seen. */
    record Left(UUID cart, int episode, Instant leftAt) {
    }

    interface Calls {
        HttpResponse<String> retrying(String kind, Call call) throws InterruptedException;
    }

    interface Call {
        HttpResponse<String> send() throws Exception;
    }

    private final BenchHttp http;
    private final String jdbcUrl;
    private final String user;
    private final String password;
    private final List<Left> left = new CopyOnWriteArrayList<>();
    private UUID tenant;
    private UUID rep;

    LeftCarts(int port, String jdbcUrl, String user, String password) {
        this.http = new BenchHttp(port, SUPPLIER_HOST);
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
    }

    /** The supplier's rule, added through its own system's API unless an earlier run added it. */
    void prepare() throws Exception {
        String token = http.token(SUPPLIER_SYSTEM);
        JsonNode rules = JSON.readTree(http.get("/api/v1/recovery/rules", token).body());
        boolean present = false;
        for (JsonNode rule : rules) {
            present |= RULE.equals(rule.path("name").asString());
        }
        if (!present) {
            var added = http.send(http.request("/api/v1/recovery/rules", token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("""
                            {"name": "%s", "idleHours": 1, "actions": ["ALERT_REP"], "responseSlaHours": 24}""".formatted(RULE))).build());
            if (added.statusCode() != 201) {
                throw new IllegalStateException("the rule was refused: " + added.body());
            }
        }
        try (Connection db = connection()) {
            try (var query = db.prepareStatement("""
                    select t.id, u.id from tenant t join user_account u on u.username = 'rafael.nunes@escritoriototal.com.br'
                    where t.slug = 'escritorio'""")) {
                var row = query.executeQuery();
                row.next();
                tenant = row.getObject(1, UUID.class);
                rep = row.getObject(2, UUID.class);
            }
        }
    }

    /** Leaves carts until told to stop; each one's alert and notice are awaited before the next. */
    void leaveCarts(BooleanSupplier running, Calls calls) {
        try {
            String token = http.token(BUYER_SYSTEM);
            String desk = http.token(SUPPLIER_SYSTEM);
            while (running.getAsBoolean()) {
                calls.retrying("alert", () -> call("DELETE", "/api/v1/carts/current", token, null));
                Instant added = Instant.now().minusSeconds(1);
                var cart = calls.retrying("alert", () -> call("POST", "/api/v1/carts/current/lines", token,
                        "{\"sku\":\"" + SKU + "\",\"quantity\":10}"));
                UUID cartId = UUID.fromString(JSON.readTree(cart.body()).path("id").asString());
                Optional<Left> leftCart = leave(cartId, added);
                if (leftCart.isEmpty() || left.stream().anyMatch(earlier -> earlier.cart().equals(cartId)
                        && earlier.episode() == leftCart.get().episode())) {
                    continue; // the watch never showed the line (a failover meanwhile), or no new episode: the next cart
                }
                left.add(leftCart.get());
                awaitAlert(leftCart.get(), desk, calls, running);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            System.out.println("   left carts: stopped (" + e + ")");
        }
    }

    /**
     * Once the cart's watch holds the line just added, sets its clock back the rule's hour, and again if a cart event
     * processed late moved it on meanwhile. Returns the episode left, or nothing when that did not hold within the wait.
     */
    private Optional<Left> leave(UUID cart, Instant added) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT_PER_CART.toNanos();
        Optional<Left> aged = Optional.empty();
        while (System.nanoTime() < deadline) {
            try (Connection db = connection()) {
                if (aged.isPresent() && stillLeft(db, aged.get())) {
                    return aged;
                }
                aged = age(db, cart, added);
            } catch (SQLException e) {
                // the primary is changing: again in a moment
            }
            Thread.sleep(aged.isPresent() ? 2000 : 500);
        }
        return Optional.empty();
    }

    private Optional<Left> age(Connection db, UUID cart, Instant added) throws SQLException {
        try (var age = db.prepareStatement("""
                update cart_watch set last_activity_at = now() - interval '1 hour',
                                      last_change_at = now() - interval '1 hour',
                                      state_since = now() - interval '1 hour'
                where tenant_id = ? and cart_id = ? and lines > 0 and state = 'OPEN' and last_activity_at >= ?
                returning episode""")) {
            age.setObject(1, tenant);
            age.setObject(2, cart);
            age.setObject(3, java.sql.Timestamp.from(added));
            var row = age.executeQuery();
            return row.next() ? Optional.of(new Left(cart, row.getInt(1), Instant.now())) : Optional.empty();
        }
    }

    /** The watch is still as the driver left it: same episode, idle since an hour ago. */
    private boolean stillLeft(Connection db, Left cart) throws SQLException {
        try (var query = db.prepareStatement("""
                select 1 from cart_watch where tenant_id = ? and cart_id = ? and episode = ? and state = 'OPEN'
                and last_activity_at < now() - interval '50 minutes'""")) {
            query.setObject(1, tenant);
            query.setObject(2, cart.cart());
            query.setInt(3, cart.episode());
            return query.executeQuery().next();
        }
    }

    /**
     * Until this cart's alert is raised and its rep told, polls the supplier's open alerts as a rep's desk would (the
     * requests count in the fault windows) and looks the alert up by its cart and episode.
     */
    private void awaitAlert(Left cart, String desk, Calls calls, BooleanSupplier running) throws Exception {
        long deadline = System.nanoTime() + WAIT_PER_CART.toNanos();
        while (running.getAsBoolean() && System.nanoTime() < deadline) {
            calls.retrying("alert", () -> call("GET", "/api/v1/recovery/alerts?status=OPEN&limit=20", desk, null));
            try {
                List<UUID> alerts = alerts(cart);
                if (!alerts.isEmpty() && notices(alerts.getFirst()) > 0) {
                    return;
                }
            } catch (SQLException e) {
                // the primary is changing: again in a moment
            }
            Thread.sleep(1000);
        }
    }

    /**
     * Every left cart has one alert for its episode and one notice to its rep. Waits for the last ones, and for as long
     * as a delivery begun by a killed instance takes to be found stale and made again (spring.modulith.events.staleness).
     * Adds its lines to the report and answers whether nothing was lost or doubled.
     */
    boolean check(List<String> report) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(7).toNanos();
        int lost;
        int doubled;
        do {
            lost = 0;
            doubled = 0;
            for (Left cart : left) {
                List<UUID> alerts = alerts(cart);
                long told = alerts.isEmpty() ? 0 : notices(alerts.getFirst());
                if (alerts.isEmpty() || told == 0) {
                    lost++;
                } else if (alerts.size() > 1 || told > 1) {
                    doubled++;
                }
            }
            if (lost > 0 && System.nanoTime() < deadline) {
                Thread.sleep(2000);
            }
        } while (lost > 0 && System.nanoTime() < deadline);
        for (Left cart : left) { // what went wrong, to look into
            List<UUID> alerts = alerts(cart);
            long told = alerts.isEmpty() ? 0 : notices(alerts.getFirst());
            if (alerts.size() != 1 || told != 1) {
                System.out.printf("   left cart %s, episode %d, at %s: alerts %s, notices %d%n", cart.cart(), cart.episode(), cart.leftAt(),
                        alerts, told);
            }
        }
        boolean ok = !left.isEmpty() && lost == 0 && doubled == 0;
        report.add(String.format("recovery alerts: %d carts left idle, %d alerted with their rep told once, %d lost, %d doubled%s",
                left.size(), left.size() - lost - doubled, lost, doubled, ok ? "" : left.isEmpty() ? " — NONE LEFT" : " — LOST OR DOUBLED"));
        return ok;
    }

    private List<UUID> alerts(Left cart) throws SQLException {
        try (Connection db = connection(); var query = db.prepareStatement(
                "select id from recovery_alert where tenant_id = ? and cart_id = ? and episode = ? and rule_name = ?")) {
            query.setObject(1, tenant);
            query.setObject(2, cart.cart());
            query.setInt(3, cart.episode());
            query.setString(4, RULE);
            var rows = query.executeQuery();
            var ids = new java.util.ArrayList<UUID>();
            while (rows.next()) {
                ids.add(rows.getObject(1, UUID.class));
            }
            return ids;
        }
    }

    /** The rep's notices of this alert: of it alone, or of a batch it opened. */
    private long notices(UUID alert) throws SQLException {
        try (Connection db = connection(); var query = db.prepareStatement(
                "select count(*) from notice where recipient = ? and dedupe_key in (?, ?)")) {
            query.setObject(1, rep);
            query.setString(2, "recovery-alert:" + alert + ":" + rep);
            query.setString(3, "recovery-alerts:" + alert + ":" + rep);
            var row = query.executeQuery();
            row.next();
            return row.getLong(1);
        }
    }

    /** As the schema's owner, inside the supplier's rows (row-level security holds the owner too). */
    private Connection connection() throws SQLException {
        Connection db = DriverManager.getConnection(jdbcUrl, user, password);
        if (tenant != null) {
            try (var scope = db.prepareStatement("select set_config('feira.tenant_id', ?, false)")) {
                scope.setString(1, tenant.toString());
                scope.execute();
            }
        }
        return db;
    }

    private HttpResponse<String> call(String method, String path, String token, String json) throws Exception {
        var request = http.request(path, token).timeout(Duration.ofSeconds(15));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return http.send(request.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json)).build());
    }
}
