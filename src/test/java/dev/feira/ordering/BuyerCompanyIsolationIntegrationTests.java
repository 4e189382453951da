package dev.feira.ordering;

import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import dev.feira.identity.BuyerAccountDirectory;
import dev.feira.shared.TenantContext;
import dev.feira.tenancy.TenantDirectory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A buyer company's purchasing rules are guarded by the database too: native SQL bound to one company sees and writes
 * only that company's rows, and bound to none sees none — whatever its own conditions say.
 */
@SpringBootTest
@ActiveProfiles("test")
class BuyerCompanyIsolationIntegrationTests {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    BuyerAccountDirectory accounts;
    @Autowired
    TenantDirectory tenants;

    @Test
    void anotherCompanysLimitsAreOutOfReachOfNativeSql() {
        var ferragens = tenants.bySlug("ferragens").orElseThrow().id();
        UUID horizonte = TenantContext.callAs(ferragens, () -> accounts.byAccountNumber("FP-10021")).orElseThrow().buyerCompanyId();
        UUID vale = TenantContext.callAs(ferragens, () -> accounts.byAccountNumber("FP-10007")).orElseThrow().buyerCompanyId();
        UUID someone = jdbc.queryForList("select id from user_account where buyer_company_id = ?", UUID.class, horizonte).getFirst();
        asCompany(horizonte, () -> jdbc.update("""
                insert into approval_level (buyer_company_id, position, from_amount, approver_role) values (?, 99, 1000000, 'APPROVER')
                on conflict do nothing""", horizonte));

        assertThat(asCompany(horizonte, () -> count("approval_level", horizonte))).isPositive();
        assertThat(asCompany(vale, () -> count("approval_level", horizonte))).isZero();
        assertThat(asCompany(null, () -> jdbc.queryForObject("select count(*) from approval_level", Long.class))).isZero();
        assertThatThrownBy(() -> asCompany(vale, () -> jdbc.update(
                "insert into spending_limit (buyer_company_id, user_id, per_order) values (?, ?, 1)", horizonte, someone)))
                .rootCause().hasMessageContaining("violates row-level security policy");
        assertThat(asCompany(vale, () -> jdbc.update("update approval_level set from_amount = 0 where buyer_company_id = ?", horizonte))).isZero();

        asCompany(horizonte, () -> jdbc.update("delete from approval_level where buyer_company_id = ? and position = 99", horizonte));
    }

    private long count(String table, UUID company) {
        return jdbc.queryForObject("select count(*) from " + table + " where buyer_company_id = ?", Long.class, company);
    }

    private <T> T asCompany(UUID company, Supplier<T> work) {
        return new TransactionTemplate(transactions).execute(status -> {
            jdbc.queryForObject("select set_config('feira.buyer_company_id', ?, true)", String.class, company == null ? "" : company.toString());
            return work.get();
        });
    }
}
