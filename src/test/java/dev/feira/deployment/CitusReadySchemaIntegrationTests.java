package dev.feira.deployment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads the schema's catalog as Citus would judge it, distributed by {@code tenant_id} (docs/decisions/013): a table
 * holding a tenant's rows is distributed, so its primary key, its unique constraints and its foreign keys to other
 * distributed tables must include {@code tenant_id}; every other table is a named reference table, and no reference
 * table may point at a distributed one.
 * <p>
 * The schema predates the rule: what it breaks today is listed in {@code citus-readiness-baseline.txt}. A new break
 * fails here, and so does one fixed but still listed, so the list only shrinks.
 */
@SpringBootTest
@ActiveProfiles("test")
class CitusReadySchemaIntegrationTests {

    /** Shared look-ups and the platform's own tables: replicated to every node as reference tables under Citus. */
    static final Set<String> REFERENCE_TABLES = Set.of(
            "databasechangelog", "databasechangeloglock", "event_publication", "event_publication_archive",
            "tenant", "supplier_plan", "signing_key");

    @Autowired
    JdbcClient sql;

    @Test
    void everyTenantsTableIsDistributableByTenantAndEveryOtherIsAReferenceTable() throws IOException {
        List<String> distributed = sql.sql("""
                select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                where n.nspname = 'public' and c.relkind = 'r'
                  and exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped)
                order by 1""").query(String.class).list();
        List<String> others = sql.sql("""
                select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                where n.nspname = 'public' and c.relkind = 'r'
                  and not exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped)
                order by 1""").query(String.class).list();
        assertThat(distributed).as("tables holding tenants' rows").hasSizeGreaterThan(40);

        var violations = new TreeSet<String>();
        for (String table : others) {
            if (!REFERENCE_TABLES.contains(table)) {
                violations.add("table " + table + ": no tenant_id and not a named reference table");
            }
        }
        // Primary keys and unique constraints (and unique indexes) of distributed tables without tenant_id.
        sql.sql("""
                select t.relname || ': ' || case when i.indisprimary then 'primary key' else 'unique ' || ic.relname end
                       || ' (' || (select string_agg(a.attname, ', ' order by k.ord) from unnest(i.indkey) with ordinality k(attnum, ord)
                                   join pg_attribute a on a.attrelid = t.oid and a.attnum = k.attnum) || ') lacks tenant_id'
                from pg_index i join pg_class t on t.oid = i.indrelid join pg_class ic on ic.oid = i.indexrelid
                join pg_namespace n on n.oid = t.relnamespace
                where n.nspname = 'public' and i.indisunique and t.relname = any(:distributed)
                  and not exists (select 1 from unnest(i.indkey) k(attnum) join pg_attribute a on a.attrelid = t.oid and a.attnum = k.attnum
                                  where a.attname = 'tenant_id')""")
                .param("distributed", distributed.toArray(String[]::new)).query(String.class).list()
                .forEach(violations::add);
        // Foreign keys: between distributed tables they must carry tenant_id; a reference table may not point at one.
        sql.sql("""
                select src.relname || ': foreign key ' || con.conname || ' to ' || dst.relname
                       || case when src.relname = any(:distributed) then ' lacks tenant_id' else ' points from a reference table at a distributed one' end
                from pg_constraint con join pg_class src on src.oid = con.conrelid join pg_class dst on dst.oid = con.confrelid
                join pg_namespace n on n.oid = src.relnamespace
                where n.nspname = 'public' and con.contype = 'f' and dst.relname = any(:distributed)
                  and (not src.relname = any(:distributed)
                       or not exists (select 1 from unnest(con.conkey) k(attnum) join pg_attribute a on a.attrelid = src.oid and a.attnum = k.attnum
                                      where a.attname = 'tenant_id'))""")
                .param("distributed", distributed.toArray(String[]::new)).query(String.class).list()
                .forEach(violations::add);

        var baseline = baseline();
        var introduced = new ArrayList<>(violations);
        introduced.removeAll(baseline);
        var fixed = new ArrayList<>(baseline);
        fixed.removeAll(violations);
        // What it finds, for a migration to work through (and for the baseline's first version).
        Files.write(Path.of("target/citus-readiness.txt"), violations);
        assertThat(introduced).as("new tables and constraints must be Citus-ready (docs/decisions/013)").isEmpty();
        assertThat(fixed).as("fixed: remove these lines from citus-readiness-baseline.txt").isEmpty();
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
