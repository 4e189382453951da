package dev.feira.catalog.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.Limit;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import dev.feira.catalog.ProductSnapshot;
import dev.feira.shared.TenantContext;
import dev.feira.shared.TenantId;
import dev.feira.tenancy.TenantDirectory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Tenant isolation holds twice: Hibernate's discriminator in JPA, and PostgreSQL row-level security
 * underneath it for anything that bypasses JPA. The native-SQL tests here would fail if the
 * policies were dropped, because the application role owns no table and has no other filter.
 */
@SpringBootTest
@ActiveProfiles("test")
class TenantIsolationIntegrationTests {

    @Autowired
    Products products;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TenantDirectory tenants;
    @Autowired
    PlatformTransactionManager transactions;

    TenantId ferragens;
    TenantId escritorio;

    @BeforeEach
    void demoTenants() {
        ferragens = tenants.bySlug("ferragens").orElseThrow().id();
        escritorio = tenants.bySlug("escritorio").orElseThrow().id();
    }

    @Test
    void throughJpaATenantSeesOnlyItsOwnProducts() {
        List<Product> seen = TenantContext.callAs(ferragens, products::findAll);

        assertThat(seen).isNotEmpty().allSatisfy(p -> assertThat(p.tenantId()).isEqualTo(ferragens.value()));
        assertThat(TenantContext.callAs(ferragens, () -> products.findBySku("ET-00001"))).isEmpty();
        assertThat(TenantContext.callAs(escritorio, () -> products.findBySku("ET-00001"))).isPresent();
    }

    @Autowired
    ProductPages pages;

    @Test
    void theIndexersLeanPagesHoldWhatTheEntitiesHoldAndOnlyTheTenantsOwn() {
        List<ProductSnapshot> hardware = pagedAs(ferragens);
        List<ProductSnapshot> office = pagedAs(escritorio);

        assertThat(hardware).isNotEmpty().containsExactlyElementsOf(entitiesAs(ferragens))
                .anySatisfy(p -> assertThat(p.units()).isNotEmpty())
                .anySatisfy(p -> assertThat(p.attributes()).isNotEmpty())
                .anySatisfy(p -> assertThat(p.ncm()).isNotNull());
        assertThat(office).isNotEmpty().containsExactlyElementsOf(entitiesAs(escritorio));
    }

    private List<ProductSnapshot> entitiesAs(TenantId tenant) {
        return inTransactionAs(tenant, () -> products.findBySkuGreaterThanOrderBySku("", Limit.of(10_000)).stream()
                .map(Product::toSnapshot).toList());
    }

    /** Every product as a reindex reads it: small pages, each after the last SKU of the one before. */
    private List<ProductSnapshot> pagedAs(TenantId tenant) {
        List<ProductSnapshot> paged = new ArrayList<>();
        String after = "";
        while (true) {
            String from = after;
            var page = inTransactionAs(tenant, () -> pages.after(from, 50));
            if (page.isEmpty()) {
                return paged;
            }
            paged.addAll(page);
            after = page.getLast().sku();
        }
    }

    @Test
    void nativeSqlUnderATenantSettingReturnsOnlyThatTenantsRows() {
        List<UUID> owners = inTransactionAs(ferragens,
                () -> jdbc.queryForList("select tenant_id from product", UUID.class));

        assertThat(owners).isNotEmpty().containsOnly(ferragens.value());
    }

    @Test
    void nativeSqlWithoutATenantSeesNoTenantRowsAtAll() {
        Long visible = new TransactionTemplate(transactions).execute(s -> jdbc.queryForObject("select count(*) from product", Long.class));

        assertThat(visible).isZero();
    }

    @Test
    void insertingARowForAnotherTenantIsRefusedByTheDatabase() {
        assertThatThrownBy(() -> inTransactionAs(ferragens, () -> jdbc.update("""
                insert into product (id, tenant_id, sku, name, unit, list_price)
                values (?, ?, 'SMUGGLED-1', 'Contrabando', 'UN', 1)""", UUID.randomUUID(), escritorio.value())))
                .rootCause().hasMessageContaining("violates row-level security policy");
    }

    @Test
    void movingARowToAnotherTenantIsRefusedByTheDatabase() {
        assertThatThrownBy(() -> inTransactionAs(ferragens, () -> jdbc.update(
                "update product set tenant_id = ? where sku = 'FP-00001'", escritorio.value())))
                .rootCause().hasMessageContaining("violates row-level security policy");
    }

    @Test
    void updatingAnotherTenantsRowChangesNothing() {
        int updated = inTransactionAs(ferragens, () -> jdbc.update("update product set name = 'hacked' where sku = 'ET-00001'"));

        assertThat(updated).isZero();
        assertThat(inTransactionAs(escritorio, () -> products.findBySku("ET-00001").orElseThrow().toSnapshot().name()))
                .isNotEqualTo("hacked");
    }

    @Test
    void everyTableWithATenantColumnIsIsolatedByTheDatabase() {
        var unguarded = jdbc.queryForList("""
                select c.relname from pg_class c
                join pg_attribute a on a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped
                where c.relkind = 'r' and c.relnamespace = 'public'::regnamespace
                  and not (c.relrowsecurity and c.relforcerowsecurity)
                  -- the platform's own: a request's host is resolved to its tenant before any tenant is known
                  and c.relname <> 'tenant_host'""", String.class);
        var guarded = jdbc.queryForList("""
                select c.relname from pg_class c
                join pg_attribute a on a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped
                where c.relkind = 'r' and c.relnamespace = 'public'::regnamespace""", String.class);

        assertThat(guarded).contains("product", "stock_level", "warehouse", "product_unit", "product_attribute",
                "product_category", "product_image", "price_list");
        assertThat(unguarded).isEmpty();
    }

    @Test
    void everyTableWithoutRowLevelSecurityIsNamedWithItsGuardInTheDecisionRecord() throws Exception {
        var record = java.nio.file.Files.readString(java.nio.file.Path.of("docs/decisions/004-api-authorisation-and-platform-tables.md"));
        var named = new java.util.HashSet<String>();
        var cell = java.util.regex.Pattern.compile("^\\| ([^|]+) \\|", java.util.regex.Pattern.MULTILINE).matcher(record);
        while (cell.find()) {
            for (var name : java.util.regex.Pattern.compile("`([a-z_0-9*]+)`").matcher(cell.group(1)).results().map(r -> r.group(1)).toList()) {
                named.add(name);
            }
        }
        var unguarded = jdbc.queryForList("""
                select c.relname from pg_class c
                where c.relkind = 'r' and c.relnamespace = 'public'::regnamespace
                  and not (c.relrowsecurity and c.relforcerowsecurity)""", String.class);

        assertThat(unguarded).allSatisfy(table -> assertThat(named.stream().anyMatch(name -> name.endsWith("*")
                        ? table.startsWith(name.substring(0, name.length() - 1)) : table.equals(name)))
                .as("%s has no row-level security: say in docs/decisions/004 what guards it", table).isTrue());
    }

    private <T> T inTransactionAs(TenantId tenant, java.util.function.Supplier<T> work) {
        return TenantContext.callAs(tenant, () -> new TransactionTemplate(transactions).execute(status -> work.get()));
    }
}
