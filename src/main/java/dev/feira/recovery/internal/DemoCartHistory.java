package dev.feira.recovery.internal;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

import dev.feira.identity.BuyerAccountDirectory;
import dev.feira.identity.BuyerAccountProfile;
import dev.feira.identity.PortalUser;
import dev.feira.recovery.RecoveryAlerts;
import dev.feira.recovery.RuleDefinition.Action;
import dev.feira.shared.TenantContext;
import dev.feira.shared.sheet.InvalidSheet;
import dev.feira.shared.sheet.Sheet;
import dev.feira.shared.sheet.SheetRow;
import dev.feira.tenancy.TenantDefinitionLoaded;
import dev.feira.tenancy.TenantDirectory;

import static dev.feira.recovery.internal.CartRounds.utc;

/**
 * A demo supplier's past rounds of shopping: {@code tenants/<slug>/cart-history.csv}, so a fresh
 * demo's rule preview and dashboard have weeks of history to show. A round may have raised an
 * alert (one of the supplier's rules, some hours in) that the rep followed up or not: an order
 * after it recovered the cart, an emptied cart was lost (with the rep's note) or closed unattended.
 * Days are counted back from the first start; each round is written once (its ids come from the
 * file and line), so restarts add nothing. A broken file is refused whole, with its line.
 */
@Component
class DemoCartHistory {

    static final String FILE_NAME = "cart-history.csv";
    private static final List<String> COLUMNS = List.of("account", "started_days_ago", "days_open", "longest_idle_hours",
            "longest_unchanged_days", "outcome", "value");
    private static final List<String> OUTCOMES = List.of("ORDERED", "EMPTIED");
    private static final List<String> CHANNELS = java.util.Arrays.stream(RecoveryAlerts.Channel.values()).map(Enum::name).toList();
    private static final Logger log = LoggerFactory.getLogger(DemoCartHistory.class);

    /** One line of the file: a round that ended {@code daysOpen} days after it started, with the alert it raised if any. */
    record PastRound(int line, String account, int startedDaysAgo, int daysOpen, int longestIdleHours, int longestUnchangedDays,
                     String outcome, BigDecimal value, Optional<PastAlert> alert) {
    }

    /**
     * A rule fired {@code afterHours} into the round on a cart of {@code lines} lines; the rep got in
     * touch {@code contactAfterHours} later through {@code contact}, if at all, noting {@code note}.
     */
    record PastAlert(String rule, int afterHours, int lines, Optional<String> contact, int contactAfterHours, String note) {
    }

    private final CartRounds rounds;
    private final AbandonmentRuleStore rules;
    private final JdbcClient sql;
    private final BuyerAccountDirectory accounts;
    private final TenantDirectory tenants;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoCartHistory(CartRounds rounds, AbandonmentRuleStore rules, JdbcClient sql, BuyerAccountDirectory accounts, TenantDirectory tenants,
                    PlatformTransactionManager transactions, Clock clock) {
        this.rounds = rounds;
        this.rules = rules;
        this.sql = sql;
        this.accounts = accounts;
        this.tenants = tenants;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @TransactionalEventListener
    @Order(45) // after the accounts (identity)
    void on(TenantDefinitionLoaded event) {
        Path file = event.directory().resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return;
        }
        try {
            var past = read(file);
            var currency = tenants.byId(event.tenant()).orElseThrow().currency();
            Instant now = clock.instant();
            int written = TenantContext.callAs(event.tenant(), () -> transaction.execute(status -> {
                int count = 0;
                for (var round : past) {
                    var account = accounts.byAccountNumber(round.account()).orElseThrow(() -> new IllegalArgumentException(
                            "line " + round.line() + ": no buyer account " + round.account()));
                    var rep = accounts.salesRepOf(account.id());
                    UUID id = UUID.nameUUIDFromBytes((event.slug() + "/" + FILE_NAME + "/" + round.line()).getBytes(StandardCharsets.UTF_8));
                    Instant started = now.minus(Duration.ofDays(round.startedDaysAgo()));
                    Instant ended = started.plus(Duration.ofDays(round.daysOpen()));
                    count += rounds.recordPast(id, account, rep.map(PortalUser::id).orElse(null), started, ended,
                            Duration.ofHours(round.longestIdleHours()), Duration.ofDays(round.longestUnchangedDays()), round.outcome(),
                            round.value(), currency);
                    if (round.alert().isPresent()) {
                        var alert = round.alert().get();
                        var rule = rules.findByNameIgnoreCase(alert.rule()).orElseThrow(() -> new IllegalArgumentException(
                                "line " + round.line() + ": the supplier has no rule '" + alert.rule() + "'"));
                        recordPastAlert(id, round, alert, rule, account, rep, started, ended, currency);
                    }
                }
                return count;
            }));
            log.info("Cart history of tenant '{}': {} past rounds of {} written from {}", event.slug(), written, past.size(), file);
        } catch (InvalidSheet | IllegalArgumentException | IOException e) {
            log.error("Cart history file {} refused, nothing loaded: {}", file, e.getMessage());
        }
    }

    static List<PastRound> read(Path file) throws IOException {
        try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return Sheet.csv(file.toString(), reader).requireColumns(COLUMNS).map(row -> {
                var round = new PastRound((int) row.line(), row.required("account"), row.positiveInt("started_days_ago"),
                        row.nonNegativeInt("days_open"), row.nonNegativeInt("longest_idle_hours"), row.nonNegativeInt("longest_unchanged_days"),
                        row.required("outcome"), row.price("value"), alert(row));
                if (round.daysOpen() >= round.startedDaysAgo()) {
                    row.problem("days_open", "the round must have ended before today");
                }
                if (round.longestIdleHours() > 24L * Math.max(1, round.daysOpen()) || round.longestUnchangedDays() > round.daysOpen()) {
                    row.problem(null, "the longest gaps must fit in the days the round was open");
                }
                if (round.outcome() != null && !OUTCOMES.contains(round.outcome())) {
                    row.problem("outcome", "'" + round.outcome() + "' is not one of " + OUTCOMES);
                }
                round.alert().ifPresent(alert -> {
                    if (alert.afterHours() + alert.contactAfterHours() >= 24 * round.daysOpen()) {
                        row.problem(alert.contact().isPresent() ? "contact_after_hours" : "alert_after_hours",
                                "the alert and its contact must fall in the days the round was open");
                    }
                });
                return round;
            });
        }
    }

    /** The optional alert columns: none when {@code alert_rule} is empty (and then the others must be too). */
    private static Optional<PastAlert> alert(SheetRow row) {
        String rule = row.optional("alert_rule");
        if (rule == null) {
            for (String column : List.of("alert_after_hours", "lines", "contact", "contact_after_hours", "note")) {
                if (row.optional(column) != null) {
                    row.problem(column, "is for an alert: alert_rule names none");
                }
            }
            return Optional.empty();
        }
        if (row.optional("alert_after_hours") == null) {
            row.problem("alert_after_hours", "is required with an alert");
        }
        var contact = Optional.ofNullable(row.optional("contact"));
        contact.filter(channel -> !CHANNELS.contains(channel))
                .ifPresent(channel -> row.problem("contact", "'" + channel + "' is not one of " + CHANNELS));
        if (contact.isEmpty() && row.optional("contact_after_hours") != null) {
            row.problem("contact_after_hours", "is for a contact: contact names none");
        }
        return Optional.of(new PastAlert(rule, row.positiveInt("alert_after_hours"), row.positiveInt("lines"), contact,
                row.nonNegativeInt("contact_after_hours"), row.optional("note")));
    }

    /**
     * The alert as the sweep would have raised it then (the rule's actions and deadlines), with the
     * rep's contact and the outcome the round had.
     */
    private void recordPastAlert(UUID round, PastRound past, PastAlert alert, AbandonmentRule rule, BuyerAccountProfile account,
                                 Optional<PortalUser> rep, Instant started, Instant ended, java.util.Currency currency) {
        var definition = rule.definition();
        Instant raised = started.plus(Duration.ofHours(alert.afterHours()));
        Instant idleSince = definition.idleHours() == null ? started
                : java.util.Collections.max(List.of(started, raised.minus(Duration.ofHours(definition.idleHours()))));
        Optional<Instant> contacted = alert.contact().map(channel -> raised.plus(Duration.ofHours(alert.contactAfterHours())));
        Instant escalateAt = definition.actions().contains(Action.ESCALATE) && definition.escalateAfterHours() != null
                ? raised.plus(Duration.ofHours(definition.escalateAfterHours())) : null;
        boolean escalated = escalateAt != null && escalateAt.isBefore(ended) && contacted.map(escalateAt::isBefore).orElse(true);
        boolean ordered = "ORDERED".equals(past.outcome());
        String status = ordered ? "RECOVERED" : contacted.isPresent() ? "LOST" : "CLOSED";
        UUID id = UUID.nameUUIDFromBytes((round + "/alert").getBytes(StandardCharsets.UTF_8));
        sql.sql("""
                        insert into recovery_alert (id, tenant_id, rule_id, rule_name, cart_id, episode, buyer_account_id, account_number,
                                                    buyer_name, customer_category, sales_rep_id, value, currency, lines, idle_since, raised_at,
                                                    actions, call_due_at, respond_by, escalate_at, escalated_at, acknowledged_at, first_contact_at,
                                                    status, outcome_note, closed_at, recovered_value)
                        values (:id, :tenant, :rule, :ruleName, :cart, 1, :account, :accountNumber, :buyer, :category, :rep, :value, :currency,
                                :lines, :idleSince, :raised, :actions, :callDue, :respondBy, :escalateAt, :escalatedAt, :contacted, :contacted,
                                :status, :note, :closed, :recovered)
                        on conflict (id, tenant_id) do nothing""")
                .param("id", id).param("tenant", TenantContext.require().value()).param("rule", rule.getId()).param("ruleName", rule.name())
                .param("cart", round).param("account", account.id()).param("accountNumber", account.accountNumber())
                .param("buyer", account.buyerCompanyName()).param("category", account.customerCategory())
                .param("rep", rep.map(PortalUser::id).orElse(null)).param("value", past.value()).param("currency", currency.getCurrencyCode())
                .param("lines", alert.lines()).param("idleSince", utc(idleSince)).param("raised", utc(raised))
                .param("actions", definition.actions().stream().map(Enum::name).sorted().toArray(String[]::new))
                .param("callDue", definition.actions().contains(Action.CALL_TASK) && definition.callDueHours() != null
                        ? utc(raised.plus(Duration.ofHours(definition.callDueHours()))) : null)
                .param("respondBy", definition.responseSlaHours() == null ? null : utc(raised.plus(Duration.ofHours(definition.responseSlaHours()))))
                .param("escalateAt", utc(escalateAt)).param("escalatedAt", escalated ? utc(escalateAt) : null)
                .param("contacted", utc(contacted.orElse(null))).param("status", status)
                .param("note", ordered ? null : alert.note()).param("closed", utc(ended)).param("recovered", ordered ? past.value() : null)
                .update();
        contacted.ifPresent(at -> sql.sql("""
                        insert into recovery_contact (id, tenant_id, alert_id, channel, note, made_by, made_by_name, made_at)
                        values (:id, :tenant, :alert, :channel, :note, :rep, :repName, :at)
                        on conflict (id, tenant_id) do nothing""")
                .param("id", UUID.nameUUIDFromBytes((round + "/contact").getBytes(StandardCharsets.UTF_8)))
                .param("tenant", TenantContext.require().value()).param("alert", id).param("channel", alert.contact().orElseThrow())
                .param("note", alert.note()).param("rep", rep.map(PortalUser::id).orElse(null))
                .param("repName", rep.map(PortalUser::displayName).orElse(null)).param("at", utc(at))
                .update());
    }
}
