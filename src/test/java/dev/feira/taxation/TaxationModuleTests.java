package dev.feira.taxation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import dev.feira.identity.CatalogAccess;
import dev.feira.shared.Money;
import dev.feira.shared.TenantContext;
import dev.feira.shared.TenantId;
import dev.feira.tenancy.TenantDirectory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.when;

/**
 * The taxation module on its own: a supplier's substitution rules are its own, changed by its administrators only,
 * and apply to its sales into the states they name.
 */
@ApplicationModuleTest(extraIncludes = "shared")
@ActiveProfiles("test")
class TaxationModuleTests {

    static final TenantId NORTE = TenantId.random();
    static final TenantId SUL = TenantId.random();

    @MockitoBean
    CatalogAccess access;
    @MockitoBean
    TenantDirectory tenants;

    @Autowired
    SubstitutionRules rules;
    @Autowired
    Taxes taxes;
    @Autowired
    @Qualifier("ownerDataSource")
    DataSource owner;

    @BeforeEach
    void twoSuppliers() {
        var sql = new JdbcTemplate(owner);
        for (TenantId supplier : List.of(NORTE, SUL)) {
            sql.update("""
                    insert into tenant (id, slug, name, visibility, default_locale, currency, primary_color)
                    values (?, ?, ?, 'PUBLIC', 'pt-BR', 'BRL', '#123456') on conflict do nothing""",
                    supplier.value(), "s-" + supplier.value(), "Supplier " + supplier);
        }
    }

    @Test
    void aSuppliersRulesAreItsOwnAndApplyToItsSalesIntoTheirState() {
        when(access.requireAdministrator()).thenReturn(null);
        when(access.requireManager()).thenReturn(null);
        TenantContext.runAs(NORTE, () -> rules.add("7318.15", "rj", new BigDecimal("45")));

        var line = new Taxes.TaxableLine("P", "73181500", new BigDecimal("5"), Money.of("1000.00", "BRL"));
        var atNorte = TenantContext.callAs(NORTE, () -> taxes.compute(Optional.of("SP"), Optional.of("RJ"), List.of(line)));
        var atSul = TenantContext.callAs(SUL, () -> taxes.compute(Optional.of("SP"), Optional.of("RJ"), List.of(line)));

        assertThat(TenantContext.callAs(NORTE, () -> rules.all())).extracting(SubstitutionRules.SubstitutionRule::ncmPrefix,
                SubstitutionRules.SubstitutionRule::destinationState).containsExactly(org.assertj.core.groups.Tuple.tuple("731815", "RJ"));
        assertThat(TenantContext.callAs(SUL, () -> rules.all())).isEmpty();
        assertThat(atNorte.icmsSt().amount()).isEqualByComparingTo("214.95");
        assertThat(atSul.icmsSt().amount()).isZero();
    }

    @Test
    void aBadRuleIsRefusedInTheUsersTermsAndANonAdministratorChangesNothing() {
        when(access.requireAdministrator()).thenReturn(null);
        assertThatThrownBy(() -> TenantContext.runAs(SUL, () -> rules.add("7", null, BigDecimal.TEN)))
                .isInstanceOf(SubstitutionRules.TaxRefusal.class).extracting(e -> ((SubstitutionRules.TaxRefusal) e).key())
                .isEqualTo("taxes.refused.ncm-prefix");
        assertThatThrownBy(() -> TenantContext.runAs(SUL, () -> rules.add("7318", "XX", BigDecimal.TEN)))
                .extracting(e -> ((SubstitutionRules.TaxRefusal) e).key()).isEqualTo("taxes.refused.state");
        assertThatThrownBy(() -> TenantContext.runAs(SUL, () -> rules.add("7318", null, new BigDecimal("501"))))
                .extracting(e -> ((SubstitutionRules.TaxRefusal) e).key()).isEqualTo("taxes.refused.mva");

        when(access.requireAdministrator()).thenThrow(new AccessDeniedException("a sales rep"));
        assertThatThrownBy(() -> TenantContext.runAs(SUL, () -> rules.add("7318", null, BigDecimal.TEN)))
                .isInstanceOf(AccessDeniedException.class);
        when(access.requireManager()).thenReturn(null);
        assertThat(TenantContext.callAs(SUL, () -> rules.all())).isEmpty();
    }
}
