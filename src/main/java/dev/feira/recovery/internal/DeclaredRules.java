package dev.feira.recovery.internal;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

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

import dev.feira.recovery.RuleDefinition;
import dev.feira.recovery.RuleDefinition.Action;
import dev.feira.recovery.RuleRefusal;
import dev.feira.shared.Money;
import dev.feira.tenancy.TenantDefinitionLoaded;
import dev.feira.tenancy.TenantDirectory;

/**
 * A supplier's rules as code: {@code tenants/<slug>/recovery.yaml}. Rules named there are created
 * when missing; a rule the supplier has since edited in the app keeps the edit. A supplier without
 * the file starts with the playbook's defaults. A broken file is refused whole, with its line.
 */
@Component
class DeclaredRules {

    static final String FILE_NAME = "recovery.yaml";
    private static final Logger log = LoggerFactory.getLogger(DeclaredRules.class);

    private final RuleBook rules;
    private final AbandonmentRuleStore stored;
    private final TenantDirectory tenants;
    private final TransactionTemplate transaction;
    private final YAMLMapper yaml = YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    DeclaredRules(RuleBook rules, AbandonmentRuleStore stored, TenantDirectory tenants, PlatformTransactionManager transactions) {
        this.rules = rules;
        this.stored = stored;
        this.tenants = tenants;
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    record RulesFile(List<Entry> rules) {
    }

    /** A rule in the file: values in the supplier's currency, actions by name. */
    record Entry(String name, Boolean enabled, Integer idleHours, Integer unchangedDays, BigDecimal minValue, BigDecimal maxValue,
                 String customerCategory, List<String> pilotAccounts, Integer noSignInDays, Boolean checkoutAbandoned,
                 Integer awaitingApprovalDays, Integer stalledItemCarts, Integer quoteIdleDays, Set<Action> actions, Integer callDueHours, Integer responseSlaHours,
                 Integer escalateAfterHours, BigDecimal discountPercentPerDay, BigDecimal discountCapPercent,
                 Integer discountValidDays) {
    }

    @TransactionalEventListener
    @org.springframework.core.annotation.Order(40)
    void on(TenantDefinitionLoaded event) {
        Path file = event.directory().resolve(FILE_NAME);
        try {
            if (!Files.isRegularFile(file)) {
                transaction.executeWithoutResult(status -> rules.installDefaultsIfNone());
                return;
            }
            var content = read(file);
            String currency = tenants.byId(event.tenant()).orElseThrow().currency().getCurrencyCode();
            transaction.executeWithoutResult(status -> {
                for (var entry : content.rules() == null ? List.<Entry>of() : content.rules()) {
                    if (entry.name() != null && stored.findByNameIgnoreCase(entry.name().strip()).isPresent()) {
                        continue;
                    }
                    try {
                        rules.store(definition(entry, currency));
                    } catch (RuleRefusal refused) {
                        throw new RuleRefusal("declared-rule", file.toString(), entry.name(), refused.getMessage());
                    }
                }
            });
            log.info("Recovery rules of tenant '{}' loaded from {}", event.slug(), file);
        } catch (RuleRefusal refused) {
            log.error("Recovery rules file refused, nothing applied: {}", refused.getMessage());
        }
    }

    private RulesFile read(Path file) {
        try {
            var content = yaml.readValue(Files.readString(file), RulesFile.class);
            return content == null ? new RulesFile(List.of()) : content;
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new RuleRefusal("declared-line", file.toString(), String.valueOf(line), e.getOriginalMessage());
        } catch (IOException e) {
            throw new RuleRefusal("declared-unreadable", file.toString(), e.getMessage());
        }
    }

    private static RuleDefinition definition(Entry e, String currency) {
        return new RuleDefinition(null, e.name(), e.enabled() == null || e.enabled(), e.idleHours(), e.unchangedDays(),
                money(e.minValue(), currency), money(e.maxValue(), currency), e.customerCategory(), e.pilotAccounts(), e.noSignInDays(),
                Boolean.TRUE.equals(e.checkoutAbandoned()), e.awaitingApprovalDays(), e.stalledItemCarts(), e.quoteIdleDays(),
                e.actions() == null ? EnumSet.noneOf(Action.class) : e.actions(), e.callDueHours(), e.responseSlaHours(),
                e.escalateAfterHours(), e.discountPercentPerDay(), e.discountCapPercent(), e.discountValidDays());
    }

    private static Money money(BigDecimal amount, String currency) {
        return amount == null ? null : new Money(amount, java.util.Currency.getInstance(currency));
    }
}
