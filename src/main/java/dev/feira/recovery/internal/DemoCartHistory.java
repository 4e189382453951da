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
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

import dev.feira.identity.BuyerAccountDirectory;
import dev.feira.identity.PortalUser;
import dev.feira.shared.TenantContext;
import dev.feira.shared.sheet.InvalidSheet;
import dev.feira.shared.sheet.Sheet;
import dev.feira.tenancy.TenantDefinitionLoaded;
import dev.feira.tenancy.TenantDirectory;

/**
 * A demo supplier's past rounds of shopping: {@code tenants/<slug>/cart-history.csv}, so a fresh
 * demo's rule preview and dashboard have weeks of history to show. Days are counted back from the
 * first start; each round is written once (its id comes from the file and line), so restarts add
 * nothing. A broken file is refused whole, with its line.
 */
@Component
class DemoCartHistory {

    static final String FILE_NAME = "cart-history.csv";
    private static final List<String> COLUMNS = List.of("account", "started_days_ago", "days_open", "longest_idle_hours",
            "longest_unchanged_days", "outcome", "value");
    private static final List<String> OUTCOMES = List.of("ORDERED", "EMPTIED");
    private static final Logger log = LoggerFactory.getLogger(DemoCartHistory.class);

    /** One line of the file: a round that ended {@code daysOpen} days after it started. */
    record PastRound(int line, String account, int startedDaysAgo, int daysOpen, int longestIdleHours, int longestUnchangedDays,
                     String outcome, BigDecimal value) {
    }

    private final CartRounds rounds;
    private final BuyerAccountDirectory accounts;
    private final TenantDirectory tenants;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoCartHistory(CartRounds rounds, BuyerAccountDirectory accounts, TenantDirectory tenants, PlatformTransactionManager transactions,
                    Clock clock) {
        this.rounds = rounds;
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
                    UUID rep = accounts.salesRepOf(account.id()).map(PortalUser::id).orElse(null);
                    UUID id = UUID.nameUUIDFromBytes((event.slug() + "/" + FILE_NAME + "/" + round.line()).getBytes(StandardCharsets.UTF_8));
                    Instant started = now.minus(Duration.ofDays(round.startedDaysAgo()));
                    count += rounds.recordPast(id, account, rep, started, started.plus(Duration.ofDays(round.daysOpen())),
                            Duration.ofHours(round.longestIdleHours()), Duration.ofDays(round.longestUnchangedDays()), round.outcome(),
                            round.value(), currency);
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
                        row.required("outcome"), row.price("value"));
                if (round.daysOpen() >= round.startedDaysAgo()) {
                    row.problem("days_open", "the round must have ended before today");
                }
                if (round.longestIdleHours() > 24L * Math.max(1, round.daysOpen()) || round.longestUnchangedDays() > round.daysOpen()) {
                    row.problem(null, "the longest gaps must fit in the days the round was open");
                }
                if (round.outcome() != null && !OUTCOMES.contains(round.outcome())) {
                    row.problem("outcome", "'" + round.outcome() + "' is not one of " + OUTCOMES);
                }
                return round;
            });
        }
    }
}
