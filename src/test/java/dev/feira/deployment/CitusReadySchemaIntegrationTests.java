package dev.feira.deployment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads the schema's catalog as Citus would judge it (docs/decisions/013). Every table is one of:
 * <ul>
 * <li>distributed by {@code tenant_id}: a supplier's rows (the default for a table with that column);</li>
 * <li>distributed by {@code buyer_company_id}: a buyer company's own purchasing, which spans suppliers (RFQs,
 * approval levels, limits, addresses, spend) — the default for a table with that column and no {@code tenant_id};</li>
 * <li>a named reference table, replicated to every node: read before a tenant is known or joined with every tenant's
 * rows;</li>
 * <li>a named coordinator table, a Citus local table: the platform's own ledgers, never joined with a tenant's rows.</li>
 * </ul>
 * A distributed table's primary key and unique constraints include its distribution column, and so do its foreign
 * keys to its own group. Foreign keys may point at reference tables from anywhere; nothing else crosses a kind.
 * <p>
 * The schema predated the rule: what it still breaks is listed in {@code citus-readiness-baseline.txt}. A new break
 * fails here, and so does one fixed but still listed, so the list only shrinks.
 */
@SpringBootTest
@ActiveProfiles("test")
class CitusReadySchemaIntegrationTests {

    /** Replicated to every node: looked up before a tenant is known (a host, a user signing in) or joined everywhere. */
    static final Set<String> REFERENCE_TABLES = Set.of(
            "tenant", "tenant_host", "supplier_plan", "buyer_company", "user_account", "user_role");

    /** The platform's own tables, kept on the coordinator: sign-in, the outbox, billing and the operators' ledgers. */
    static final Set<String> COORDINATOR_TABLES = Set.of(
            "databasechangelog", "databasechangeloglock", "event_publication", "event_publication_archive",
            "signing_key", "oauth2_authorization", "sign_in_failure", "password_reset", "api_client", "invitation",
            "notice", "stripe_event", "billing_event", "supplier_signup", "supplier_subscription", "gmv_meter_report",
            "marketplace_sale", "operator_audit", "tenant_export");

    static final List<String> DISTRIBUTION_COLUMNS = List.of("tenant_id", "buyer_company_id");

    @Autowired
    JdbcClient sql;

    @Test
    void everyTableIsDistributedByItsOwnerOrNamedAsReferenceOrCoordinatorTable() throws IOException {
        Map<String, String> kind = kindOfEveryTable();
        assertThat(kind.values().stream().filter("tenant_id"::equals).count())
                .as("tables holding suppliers' rows").isGreaterThan(40);
        var violations = new TreeSet<String>();
        kind.forEach((table, what) -> {
            if (what.equals("unclassified")) {
                violations.add("table " + table + ": no tenant_id or buyer_company_id and not a named reference or coordinator table");
            }
        });
        uniqueIndexes().forEach(index -> {
            String column = kind.get(index.table());
            if (DISTRIBUTION_COLUMNS.contains(column) && !index.columns().contains(column)) {
                violations.add(index.table() + ": " + (index.primary() ? "primary key" : "unique " + index.name())
                        + " " + index.columns() + " lacks " + column);
            }
        });
        foreignKeys().forEach(key -> {
            String from = kind.get(key.table());
            String to = kind.get(key.target());
            String constraint = key.table() + ": foreign key " + key.name() + " to " + key.target();
            if (to.equals("reference")) {
                return;
            }
            if (from.equals("reference")) {
                violations.add(constraint + " points from a reference table at a table that is not one");
            } else if (from.equals("coordinator")) {
                if (!to.equals("coordinator")) {
                    violations.add(constraint + " points from a coordinator table at a distributed one");
                }
            } else if (!to.equals(from)) {
                violations.add(constraint + " crosses from tables distributed by " + from + " to " + to);
            } else if (!key.columns().contains(from) || !key.targetColumns().contains(from)) {
                violations.add(constraint + " lacks " + from);
            }
        });

        var baseline = baseline();
        var introduced = new ArrayList<>(violations);
        introduced.removeAll(baseline);
        var fixed = new ArrayList<>(baseline);
        fixed.removeAll(violations);
        // What it finds, for a migration to work through.
        Files.write(Path.of("target/citus-readiness.txt"), violations);
        assertThat(introduced).as("new tables and constraints must be Citus-ready (docs/decisions/013)").isEmpty();
        assertThat(fixed).as("fixed: remove these lines from citus-readiness-baseline.txt").isEmpty();
    }

    /** Table name to its distribution column, or "reference", "coordinator", "unclassified". */
    private Map<String, String> kindOfEveryTable() {
        var kind = new HashMap<String, String>();
        sql.sql("""
                select c.relname,
                       bool_or(a.attname = 'tenant_id') as by_tenant,
                       bool_or(a.attname = 'buyer_company_id') as by_company
                from pg_class c join pg_namespace n on n.oid = c.relnamespace
                join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
                where n.nspname = 'public' and c.relkind in ('r', 'p')
                group by c.relname""").query((row, i) -> {
                    String table = row.getString(1);
                    kind.put(table, REFERENCE_TABLES.contains(table) ? "reference"
                            : COORDINATOR_TABLES.contains(table) ? "coordinator"
                            : row.getBoolean(2) ? "tenant_id"
                            : row.getBoolean(3) ? "buyer_company_id"
                            : "unclassified");
                    return table;
                }).list();
        return kind;
    }

    record UniqueIndex(String table, String name, boolean primary, List<String> columns) {
    }

    private List<UniqueIndex> uniqueIndexes() {
        return sql.sql("""
                select t.relname, ic.relname, i.indisprimary,
                       (select string_agg(a.attname, ',' order by k.ord) from unnest(i.indkey) with ordinality k(attnum, ord)
                        join pg_attribute a on a.attrelid = t.oid and a.attnum = k.attnum)
                from pg_index i join pg_class t on t.oid = i.indrelid join pg_class ic on ic.oid = i.indexrelid
                join pg_namespace n on n.oid = t.relnamespace
                where n.nspname = 'public' and i.indisunique""")
                .query((row, i) -> new UniqueIndex(row.getString(1), row.getString(2), row.getBoolean(3),
                        List.of(row.getString(4).split(","))))
                .list();
    }

    record ForeignKey(String table, String name, List<String> columns, String target, List<String> targetColumns) {
    }

    private List<ForeignKey> foreignKeys() {
        return sql.sql("""
                select src.relname, con.conname,
                       (select string_agg(a.attname, ',' order by k.ord) from unnest(con.conkey) with ordinality k(attnum, ord)
                        join pg_attribute a on a.attrelid = src.oid and a.attnum = k.attnum),
                       dst.relname,
                       (select string_agg(a.attname, ',' order by k.ord) from unnest(con.confkey) with ordinality k(attnum, ord)
                        join pg_attribute a on a.attrelid = dst.oid and a.attnum = k.attnum)
                from pg_constraint con join pg_class src on src.oid = con.conrelid join pg_class dst on dst.oid = con.confrelid
                join pg_namespace n on n.oid = src.relnamespace
                where n.nspname = 'public' and con.contype = 'f'""")
                .query((row, i) -> new ForeignKey(row.getString(1), row.getString(2), List.of(row.getString(3).split(",")),
                        row.getString(4), List.of(row.getString(5).split(","))))
                .list();
    }

    private static Set<String> baseline() throws IOException {
        var lines = new TreeSet<String>();
        for (String line : Files.readAllLines(Path.of("src/test/resources/citus-readiness-baseline.txt"))) {
            if (!line.isBlank() && !line.startsWith("#")) {
                lines.add(line.strip());
            }
        }
        return lines;
    }
}
