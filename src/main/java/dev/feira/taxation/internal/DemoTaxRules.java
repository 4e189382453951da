package dev.feira.taxation.internal;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

import dev.feira.shared.BrazilianStates;
import dev.feira.tenancy.TenantDefinitionLoaded;

/**
 * A declared tenant's ICMS-ST rules ({@code tenants/<slug>/taxes.yaml}: {@code substitution: [{ncm: "7318", state:
 * RJ, mva: 45}]}). A rule already there is left as it is; a file with a bad rule applies none.
 */
@Component
class DemoTaxRules {

    static final String FILE_NAME = "taxes.yaml";
    private static final Logger log = LoggerFactory.getLogger(DemoTaxRules.class);

    private final YAMLMapper yaml = YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    private final StRules rules;
    private final TransactionTemplate transaction;

    DemoTaxRules(StRules rules, PlatformTransactionManager transactions) {
        this.rules = rules;
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    record TaxFile(List<Rule> substitution) {
    }

    record Rule(String ncm, String state, BigDecimal mva) {
    }

    @TransactionalEventListener
    void on(TenantDefinitionLoaded event) {
        Path file = event.directory().resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return;
        }
        try {
            var declared = yaml.readValue(Files.readString(file), TaxFile.class);
            var wanted = declared.substitution() == null ? List.<Rule>of() : declared.substitution();
            for (Rule rule : wanted) {
                if (rule.ncm() == null || !rule.ncm().replace(".", "").matches("\\d{2,8}") || rule.mva() == null
                        || (rule.state() != null && BrazilianStates.valid(rule.state()).isEmpty())) {
                    log.error("{}: rule {} needs ncm (2-8 digits), mva and, if any, a state (UF); nothing applied", file, rule);
                    return;
                }
            }
            transaction.executeWithoutResult(status -> {
                var existing = rules.findAll();
                for (Rule rule : wanted) {
                    String prefix = rule.ncm().replace(".", "");
                    String state = rule.state() == null ? null : BrazilianStates.valid(rule.state()).orElseThrow();
                    if (existing.stream().noneMatch(r -> r.ncmPrefix().equals(prefix) && Objects.equals(r.destinationState(), state))) {
                        rules.saveAndFlush(new StRule(prefix, state, rule.mva()));
                    }
                }
            });
            log.info("Tax rules of tenant '{}' loaded from {}", event.slug(), file);
        } catch (IOException | JacksonException e) {
            log.error("{} could not be read: {}", file, e.getMessage());
        }
    }
}
