package dev.feira;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

import dev.feira.testing.IntegrationApiClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cross-tenant matrix, generated from the OpenAPI document: every {@code /api/v1} operation is called on the
 * private supplier Sabor do Campo — with ids of its own and its buyer's real resources in the path — by every
 * organisation that has no business there: no token, two other suppliers' systems, a buyer with no account at
 * Sabor, and (for operations that name a resource) another of Sabor's buyers. Each must be refused (401, 403 or 404,
 * as a problem document) and nothing in the database may change. A new endpoint is covered as soon as it is in the
 * document.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrossTenantApiMatrixIntegrationTests {

    static final String HOST = "sabor.localhost";
    static final Set<Integer> REFUSED = Set.of(401, 403, 404);
    /** Tables that change without anybody's request: tokens issued, events, the recovery sweep's bookkeeping. */
    static final Set<String> BACKGROUND_TABLES = Set.of("oauth2_authorization", "event_publication", "databasechangelog",
            "databasechangeloglock", "signing_key", "recovery_rule_sweep", "abandonment_rule", "matrix_write");

    /** Who calls, with which token, on which host (Sabor's, or its own with Sabor's ids). */
    record Caller(String who, String token, String host) {
        Caller(String who, String token) {
            this(who, token, HOST);
        }
    }

    record Operation(String method, String template, JsonNode spec) {
        boolean namesAResource() {
            return template.contains("{id}");
        }

        @Override
        public String toString() {
            return method + " " + template;
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    @Qualifier("ownerDataSource")
    DataSource ownerDataSource;

    IntegrationApiClient api;
    JdbcTemplate owner;
    String sabor;
    String estrela;
    String orderId;
    final Map<String, String> idsByCollection = new LinkedHashMap<>();
    Map<String, String> before;
    long lastWrite;
    final List<String> changes = new ArrayList<>();

    @BeforeAll
    void ownersResources() {
        api = new IntegrationApiClient(port);
        owner = new JdbcTemplate(ownerDataSource);
        sabor = api.token("sabor-erp", "sabor-erp-secret-123");
        estrela = api.token("estrela-compras", "estrela-compras-secret-123");

        // Estrela orders at Sabor; Sabor confirms and ships it; Sabor subscribes a webhook.
        ok(api.call("DELETE", HOST, "/api/v1/carts/current", estrela, null, null));
        ok(api.call("POST", HOST, "/api/v1/carts/current/lines", estrela, "application/json", json("{\"sku\":\"SC-00002\",\"quantity\":4}")));
        orderId = ok(api.call("POST", HOST, "/api/v1/orders", estrela, "application/json", json("{}"), "Idempotency-Key", "matrix-" + UUID.randomUUID()))
                .path("id").asString();
        ok(api.call("POST", HOST, "/api/v1/orders/" + orderId + "/confirmation", sabor, "application/json", json("{}")));
        String deliveryId = ok(api.call("POST", HOST, "/api/v1/orders/" + orderId + "/shipments", sabor, "application/json",
                json("{\"carrier\":\"Jadlog\",\"trackingNumber\":\"JD123\"}"))).path("id").asString();
        String webhookId = ok(api.call("POST", HOST, "/api/v1/webhooks", sabor, "application/json",
                json("{\"url\":\"http://127.0.0.1:9/erp\",\"events\":[\"order.placed\"]}"))).path("id").asString();
        idsByCollection.put("/api/v1/orders", orderId);
        idsByCollection.put("/api/v1/deliveries", deliveryId);
        idsByCollection.put("/api/v1/webhooks", webhookId);
        idsByCollection.put("/api/v1/search/synonyms", ok(api.call("POST", HOST, "/api/v1/search/synonyms", sabor, "application/json",
                json("{\"terms\":[\"fubá\",\"farinha de milho\"]}"))).path("id").asString());
        idsByCollection.put("/api/v1/lists", ok(api.call("POST", HOST, "/api/v1/lists", estrela, "application/json",
                json("{\"name\":\"Matrix list %s\",\"lines\":[{\"sku\":\"SC-00002\",\"quantity\":4}]}".formatted(UUID.randomUUID()))))
                .path("id").asString());
        idsByCollection.put("/api/v1/recovery/rules", firstId(ok(api.get(HOST, "/api/v1/recovery/rules", sabor))));
        // Estrela asks Sabor for a quote; Sabor's invitation arrives (asynchronously) before the digest is taken.
        String deadline = java.time.Instant.now().plus(java.time.Duration.ofDays(2)).toString();
        String rfqId = ok(api.call("POST", HOST, "/api/v1/rfqs", estrela, "application/json", json("""
                {"title":"Matrix RFQ","deadline":"%s","lines":[{"description":"Farinha","quantity":10,"unit":"SC"}],
                 "suppliers":["sabor"]}""".formatted(deadline)))).path("id").asString();
        ok(api.call("POST", HOST, "/api/v1/rfqs/" + rfqId + "/publish", estrela, "application/json", json("{}")));
        String invitationId = org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20))
                .until(() -> firstId(ok(api.get(HOST, "/api/v1/quotes", sabor))), id -> !ok(api.get(HOST, "/api/v1/quotes", sabor)).isEmpty());
        idsByCollection.put("/api/v1/rfqs", rfqId);
        idsByCollection.put("/api/v1/quotes", invitationId);
        before = fingerprint();
        recordWrites();
        // The watch itself must see a write, even one that leaves the row as it was.
        owner.update("update webhook_subscription set url = url where id = ?::uuid", webhookId);
        assertThat(writesSinceLastCall()).containsExactly("webhook_subscription UPDATE");
    }

    /**
     * Digesting every table after each of the ~650 calls took over a second a call; a row trigger on every table
     * notes each write instead, so each call is checked at once and the digests are compared once, at the end.
     */
    private void recordWrites() {
        owner.execute("create table matrix_write (id bigserial primary key, table_name text not null, operation text not null)");
        owner.execute("""
                create function matrix_note_write() returns trigger language plpgsql security definer set search_path = public as $$
                begin insert into matrix_write (table_name, operation) values (tg_table_name, tg_op); return null; end $$""");
        for (String table : watchedTables()) {
            owner.execute("create trigger matrix_write after insert or update or delete on \"" + table
                    + "\" for each row execute function matrix_note_write()");
            owner.execute("create trigger matrix_truncate after truncate on \"" + table
                    + "\" for each statement execute function matrix_note_write()");
        }
    }

    private List<String> writesSinceLastCall() {
        var writes = owner.query("select id, table_name || ' ' || operation as what from matrix_write where id > ? order by id",
                (row, n) -> Map.entry(row.getLong("id"), row.getString("what")), lastWrite);
        writes.forEach(write -> lastWrite = Math.max(lastWrite, write.getKey()));
        return writes.stream().map(Map.Entry::getValue).distinct().toList();
    }

    private List<String> watchedTables() {
        return owner.queryForList("select tablename from pg_tables where schemaname = 'public' order by 1", String.class).stream()
                .filter(table -> !BACKGROUND_TABLES.contains(table)).toList();
    }

    @TestFactory
    Stream<DynamicTest> everyOperationRefusesEveryOrganisationButTheOwners() {
        List<Caller> strangers = List.of(
                new Caller("no token", null),
                new Caller("another supplier (Ferragens)", api.token("ferragens-erp", "ferragens-erp-secret-123")),
                new Caller("another supplier (Escritório)", api.token("escritorio-erp", "escritorio-erp-secret-123")),
                new Caller("a buyer with no account at this private supplier (Horizonte)", api.token("horizonte-compras", "horizonte-compras-secret-123")));
        String metalurgica = api.token("metalurgica-erp", "metalurgica-erp-secret-123");
        // Those that only make sense with a resource's id: Sabor's ids used by others, also on their own hosts.
        List<Caller> idUsers = List.of(
                new Caller("another buyer of this supplier (Metalúrgica)", metalurgica),
                new Caller("another buyer on another supplier's host (Metalúrgica at Ferragens)", metalurgica, "ferragens.localhost"),
                new Caller("another supplier on its own host (Ferragens)", strangers.get(1).token(), "ferragens.localhost"));

        List<Operation> operations = operations();
        assertThat(operations).hasSizeGreaterThan(40);
        return operations.stream().flatMap(operation -> {
            var callers = new ArrayList<>(strangers);
            if (operation.namesAResource()) {
                callers.addAll(idUsers);
            }
            return callers.stream().map(caller -> DynamicTest.dynamicTest(operation + " by " + caller.who(), () -> {
                var response = call(operation, caller);
                assertThat(response.statusCode()).as("%s by %s answered %s", operation, caller.who(), response.body()).isIn(REFUSED);
                assertThat(response.headers().firstValue("Content-Type").orElse(""))
                        .as("%s by %s: a problem document", operation, caller.who()).startsWith("application/problem+json");
                var writes = writesSinceLastCall();
                if (!writes.isEmpty()) {
                    changes.add(operation + " by " + caller.who() + " wrote " + writes);
                }
            }));
        });
    }

    @AfterAll
    void nothingChanged() {
        var after = fingerprint();
        for (String table : watchedTables()) {
            owner.execute("drop trigger matrix_write on \"" + table + "\"");
            owner.execute("drop trigger matrix_truncate on \"" + table + "\"");
        }
        owner.execute("drop function matrix_note_write()");
        owner.execute("drop table matrix_write");
        assertThat(changes).as("requests refused must change nothing").isEmpty();
        assertThat(differences(before, after)).as("tables whose rows differ after the whole matrix").isEmpty();
    }

    private HttpResponse<String> call(Operation operation, Caller caller) {
        String path = operation.template();
        for (var parameter : operation.spec().path("parameters")) {
            if (parameter.path("in").asString().equals("path")) {
                String name = parameter.path("name").asString();
                path = path.replace("{" + name + "}", pathValue(operation.template(), name, parameter));
            }
        }
        var query = new StringBuilder();
        var headers = new ArrayList<String>(List.of("Accept", "application/json, application/problem+json, */*"));
        for (var parameter : operation.spec().path("parameters")) {
            if (parameter.path("required").asBoolean(false) && parameter.path("in").asString().equals("query")) {
                query.append(query.isEmpty() ? "?" : "&").append(parameter.path("name").asString()).append('=').append(sample(parameter.path("schema")));
            }
            if (parameter.path("in").asString().equals("header")) {
                headers.add(parameter.path("name").asString());
                headers.add("matrix-" + UUID.randomUUID());
            }
        }
        JsonNode content = operation.spec().path("requestBody").path("content");
        String contentType = null;
        byte[] body = null;
        if (content.has("application/json")) {
            contentType = "application/json";
            body = json("{}");
        } else if (content.has("multipart/form-data")) {
            contentType = "multipart/form-data; boundary=matrix";
            body = ("--matrix\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.csv\"\r\nContent-Type: text/csv\r\n\r\n"
                    + "sku,name\r\nSC-00001,Renamed\r\n--matrix--\r\n").getBytes(StandardCharsets.UTF_8);
        } else if (!content.isMissingNode() && content.size() > 0) {
            contentType = content.propertyNames().iterator().next();
            body = "sku,name\nSC-00001,Renamed\n".getBytes(StandardCharsets.UTF_8);
        }
        return api.call(operation.method(), caller.host(), path + query, caller.token(), contentType, body, headers.toArray(String[]::new));
    }

    /** The owner's real resource for an id; a real SKU of Sabor's; an enum's first value. */
    private String pathValue(String template, String name, JsonNode parameter) {
        if (name.equals("id")) {
            String collection = template.substring(0, template.indexOf("/{id}"));
            return idsByCollection.getOrDefault(collection, UUID.randomUUID().toString());
        }
        if (name.equals("sku")) {
            return "SC-00001";
        }
        return sample(parameter.path("schema"));
    }

    private static String sample(JsonNode schema) {
        if (schema.has("enum")) {
            return schema.path("enum").get(0).asString();
        }
        return switch (schema.path("type").asString()) {
            case "integer", "number" -> "1";
            case "boolean" -> "true";
            default -> schema.path("format").asString().equals("uuid") ? UUID.randomUUID().toString() : "products";
        };
    }

    /** Also kept as target/openapi.json, which .ci/run lints (Redocly's recommended rules). */
    private List<Operation> operations() {
        var response = api.get("localhost", "/v3/api-docs", null);
        JsonNode document = ok(response);
        try {
            java.nio.file.Files.writeString(java.nio.file.Path.of("target/openapi.json"), response.body());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        var operations = new ArrayList<Operation>();
        for (var path : document.path("paths").properties()) {
            if (!path.getKey().startsWith("/api/v1/")) {
                continue;
            }
            for (var method : path.getValue().properties()) {
                operations.add(new Operation(method.getKey().toUpperCase(), path.getKey(), method.getValue()));
            }
        }
        return operations;
    }

    /** A digest of every table's rows, read as the owner (no row-level security). */
    private Map<String, String> fingerprint() {
        var digests = new LinkedHashMap<String, String>();
        for (String table : owner.queryForList("select tablename from pg_tables where schemaname = 'public' order by 1", String.class)) {
            if (!BACKGROUND_TABLES.contains(table)) {
                digests.put(table, owner.queryForObject("select md5(coalesce(string_agg(md5(t::text), '' order by md5(t::text)), '')) from \""
                        + table + "\" t", String.class));
            }
        }
        return digests;
    }

    private static List<String> differences(Map<String, String> before, Map<String, String> after) {
        return after.keySet().stream().filter(table -> !after.get(table).equals(before.get(table))).toList();
    }

    private JsonNode ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 299);
        return api.body(response);
    }

    private static String firstId(JsonNode list) {
        JsonNode items = list.isArray() ? list : list.path("rules");
        return items.isArray() && !items.isEmpty() ? items.get(0).path("id").asString() : UUID.randomUUID().toString();
    }

    private static byte[] json(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
