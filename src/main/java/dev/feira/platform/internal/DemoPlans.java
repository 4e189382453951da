package dev.feira.platform.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

import dev.feira.tenancy.TenantDefinitionLoaded;

/**
 * A declared tenant's plan ({@code tenants/<slug>/plan.yaml}: {@code plan: profissional}, {@code trialEndedDaysAgo: 40}),
 * so the demo's operators see plans, MRR and trials like a running platform's. Applied once; an unknown plan is
 * reported and skipped.
 */
@Component
class DemoPlans {

    static final String FILE_NAME = "plan.yaml";
    private static final Logger log = LoggerFactory.getLogger(DemoPlans.class);

    private final YAMLMapper yaml = YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    private final PlanDesk plans;
    private final JdbcClient sql;

    DemoPlans(PlanDesk plans, JdbcClient sql) {
        this.plans = plans;
        this.sql = sql;
    }

    record PlanFile(String plan, Integer trialEndedDaysAgo) {
    }

    @TransactionalEventListener
    void on(TenantDefinitionLoaded event) {
        Path file = event.directory().resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return;
        }
        try {
            var declared = yaml.readValue(Files.readString(file), PlanFile.class);
            var plan = plans.byCode(declared.plan());
            if (plan.isEmpty()) {
                log.error("{}: no plan '{}'; known: {}", file, declared.plan(), plans.all().stream().map(p -> p.code()).toList());
                return;
            }
            Instant trialEnded = Instant.now().minus(Duration.ofDays(declared.trialEndedDaysAgo() == null ? 0 : declared.trialEndedDaysAgo()));
            sql.sql("""
                            insert into supplier_plan (about_tenant, plan, chosen_at, chosen_by, trial_ends_at)
                            values (:tenant, :plan, :chosen, 'tenants/', :trial) on conflict (about_tenant) do nothing""")
                    .param("tenant", event.tenant().value()).param("plan", plan.get().code())
                    .param("chosen", Timestamp.from(trialEnded.minus(Duration.ofDays(plan.get().trialDays()))))
                    .param("trial", Timestamp.from(trialEnded)).update();
        } catch (IOException | JacksonException e) {
            log.error("{} could not be read: {}", file, e.getMessage());
        }
    }
}
