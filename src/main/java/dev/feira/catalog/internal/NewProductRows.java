package dev.feira.catalog.internal;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import dev.feira.catalog.ProductSnapshot;
import dev.feira.shared.TenantContext;

/**
 * Stores products an import creates, thousands per statement: each table gets its rows as arrays, unnested by PostgreSQL.
 * Through Hibernate, every product with its units, attributes and stock level was six entity and collection actions, most of
 * a 100,000-row import's time. Runs in the import's transaction, for its tenant: the tenant id is written explicitly and
 * row-level security checks it; {@code COPY} is not an option, as PostgreSQL refuses it on tables with row-level security.
 */
@Component
class NewProductRows {

    /** Products per statement: large enough that a statement's cost is spread, small enough to keep arrays modest. */
    static final int CHUNK = 5_000;

    private final JdbcTemplate jdbc;

    NewProductRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param rows     new products (no SKU among them exists yet), with their stock as the level of {@code warehouse}
     * @param warehouse the main warehouse's code, where a positive stock is held
     */
    void insert(List<ProductSnapshot> rows, String warehouse) {
        UUID tenant = TenantContext.require().value();
        for (int from = 0; from < rows.size(); from += CHUNK) {
            insertChunk(tenant, rows.subList(from, Math.min(rows.size(), from + CHUNK)), warehouse);
        }
    }

    private void insertChunk(UUID tenant, List<ProductSnapshot> rows, String warehouse) {
        List<UUID> ids = rows.stream().map(row -> UUID.randomUUID()).toList();
        jdbc.execute((Connection connection) -> {
            try (var products = connection.prepareStatement("""
                    insert into product (id, tenant_id, sku, gtin, mpn, name, description, brand, category, unit, pack_size,
                                         min_order_qty, order_multiple, list_price, stock, ncm, ipi_rate)
                    select id, ?, sku, gtin, mpn, name, description, brand, category, unit, pack_size, min_order_qty,
                           order_multiple, list_price, stock, ncm, ipi_rate
                    from unnest(?::uuid[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::text[], ?::varchar[],
                                ?::varchar[], ?::varchar[], ?::int[], ?::int[], ?::int[], ?::numeric[], ?::int[], ?::varchar[],
                                ?::numeric[])
                         as row (id, sku, gtin, mpn, name, description, brand, category, unit, pack_size, min_order_qty,
                                 order_multiple, list_price, stock, ncm, ipi_rate)
                    """)) {
                int p = 1;
                products.setObject(p++, tenant);
                products.setArray(p++, connection.createArrayOf("uuid", ids.toArray()));
                p = texts(connection, products, p, rows, ProductSnapshot::sku, ProductSnapshot::gtin, ProductSnapshot::mpn,
                        ProductSnapshot::name, ProductSnapshot::description, ProductSnapshot::brand, ProductSnapshot::category,
                        ProductSnapshot::unit);
                products.setArray(p++, ints(connection, rows, ProductSnapshot::packSize));
                products.setArray(p++, ints(connection, rows, ProductSnapshot::minOrderQuantity));
                products.setArray(p++, ints(connection, rows, ProductSnapshot::orderMultiple));
                products.setArray(p++, connection.createArrayOf("numeric", rows.stream().map(ProductSnapshot::listPrice).toArray()));
                products.setArray(p++, ints(connection, rows, ProductSnapshot::stock));
                products.setArray(p++, connection.createArrayOf("varchar", rows.stream().map(ProductSnapshot::ncm).toArray()));
                products.setArray(p, connection.createArrayOf("numeric", rows.stream().map(ProductSnapshot::ipiRate).toArray(BigDecimal[]::new)));
                products.executeUpdate();
            }
            var levels = new Pairs<Integer>();
            var units = new Pairs<Integer>();
            var attributes = new Pairs<String>();
            for (int i = 0; i < rows.size(); i++) {
                ProductSnapshot row = rows.get(i);
                if (row.stock() > 0) {
                    levels.add(ids.get(i), warehouse, row.stock());
                }
                units.addAll(ids.get(i), row.units());
                attributes.addAll(ids.get(i), row.attributes());
            }
            levels.insert(connection, tenant, "stock_level (product_id, tenant_id, warehouse, quantity)", "int");
            units.insert(connection, tenant, "product_unit (product_id, tenant_id, code, quantity)", "int");
            attributes.insert(connection, tenant, "product_attribute (product_id, tenant_id, name, value)", "varchar");
            return null;
        });
    }

    @SafeVarargs
    private static int texts(Connection connection, java.sql.PreparedStatement statement, int first, List<ProductSnapshot> rows,
                             Function<ProductSnapshot, String>... columns) throws SQLException {
        int p = first;
        for (var column : columns) {
            statement.setArray(p++, connection.createArrayOf("varchar", rows.stream().map(column).toArray()));
        }
        return p;
    }

    private static Array ints(Connection connection, List<ProductSnapshot> rows, java.util.function.ToIntFunction<ProductSnapshot> column)
            throws SQLException {
        return connection.createArrayOf("int4", rows.stream().map(row -> column.applyAsInt(row)).toArray());
    }

    /** The rows of one of a product's element tables: the product, a key and a value. */
    private static final class Pairs<V> {

        private final List<UUID> products = new ArrayList<>();
        private final List<String> keys = new ArrayList<>();
        private final List<V> values = new ArrayList<>();

        void add(UUID product, String key, V value) {
            products.add(product);
            keys.add(key);
            values.add(value);
        }

        void addAll(UUID product, Map<String, V> entries) {
            entries.forEach((key, value) -> add(product, key, value));
        }

        void insert(Connection connection, UUID tenant, String table, String valueType) throws SQLException {
            if (products.isEmpty()) {
                return;
            }
            try (var statement = connection.prepareStatement("insert into " + table
                    + " select product, ?, key, value from unnest(?::uuid[], ?::varchar[], ?::" + valueType + "[]) as row (product, key, value)")) {
                statement.setObject(1, tenant);
                statement.setArray(2, connection.createArrayOf("uuid", products.toArray()));
                statement.setArray(3, connection.createArrayOf("varchar", keys.toArray()));
                statement.setArray(4, connection.createArrayOf(valueType.equals("int") ? "int4" : valueType, values.toArray()));
                statement.executeUpdate();
            }
        }
    }
}
