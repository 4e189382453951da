package dev.feira.tenancy.internal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.ActiveProfiles;

import dev.feira.catalog.Catalog;
import dev.feira.shared.TenantContext;
import dev.feira.tenancy.TenantDirectory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Start-up with broken tenant definitions: each broken file is reported with its file and line
 * and applies nothing, while the other tenants load; loading again changes nothing.
 */
@SpringBootTest(properties = "feira.demo-data.directory=src/test/resources/tenants-with-errors")
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class DemoTenantLoadingIntegrationTests {

    @Autowired
    TenantDirectory tenants;
    @Autowired
    Catalog catalog;
    @Autowired
    DemoTenantLoader loader;

    @Test
    void aMalformedTenantYamlIsReportedWithFileAndLineAndTheOthersStillLoad(CapturedOutput output) throws Exception {
        loader.prepare();

        assertThat(tenants.bySlug("good")).isPresent();
        assertThat(tenants.bySlug("broken-yaml")).isEmpty();
        assertThat(tenants.byHost("broken.localhost")).isEmpty();
        assertThat(output).containsPattern("Tenant definition rejected, nothing applied: .*broken-yaml/tenant.yaml line \\d+");
    }

    @Test
    void aBrokenCatalogAppliesNoneOfItsRows(CapturedOutput output) throws Exception {
        loader.prepare();

        var tenant = tenants.bySlug("broken-catalog").orElseThrow();
        assertThat(TenantContext.callAs(tenant.id(), () -> catalog.count())).isZero();
        assertThat(output).contains("broken-catalog/catalog.csv: 1 problem(s): line 3, column list_price: is required");
    }

    @Test
    void aHostAlreadyTakenByAnotherTenantIsRefused(CapturedOutput output) throws Exception {
        loader.prepare();

        assertThat(tenants.bySlug("host-clash")).isEmpty();
        assertThat(tenants.byHost("good.localhost").orElseThrow().slug()).isEqualTo("good");
        assertThat(output).contains("host 'good.localhost' already belongs to tenant 'good'");
    }

    @Test
    void loadingAgainChangesNothing(CapturedOutput output) throws Exception {
        var good = tenants.bySlug("good").orElseThrow();
        long before = TenantContext.callAs(good.id(), () -> catalog.count());

        loader.prepare();

        assertThat(tenants.bySlug("good").orElseThrow().id()).isEqualTo(good.id());
        assertThat(tenants.all()).hasSize(2);
        assertThat(TenantContext.callAs(good.id(), () -> catalog.count())).isEqualTo(before).isEqualTo(3);
        assertThat(output).contains("Catalog of tenant 'good': 3 rows read, 0 products created or changed");
    }
}
