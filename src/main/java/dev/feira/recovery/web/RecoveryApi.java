package dev.feira.recovery.web;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import dev.feira.identity.ForSupplierStaff;
import dev.feira.recovery.AbandonmentRules;
import dev.feira.recovery.RecoveryAlerts;
import dev.feira.recovery.RecoveryAlerts.Alert;
import dev.feira.recovery.RecoveryAlerts.Status;
import dev.feira.recovery.RecoveryMetrics;
import dev.feira.recovery.RuleDefinition;
import dev.feira.recovery.RuleRefusal;
import dev.feira.shared.web.ApiProblem;

/**
 * A supplier's cart-recovery alerts for its CRM, and its rules. On the supplier's host, with its
 * integration client's token (all alerts) or a staff sign-in (a rep: their accounts' alerts).
 */
@RestController
@ForSupplierStaff
@RequestMapping("/api/v1/recovery")
@Tag(name = "Cart recovery")
class RecoveryApi {

    private final RecoveryAlerts alerts;
    private final RecoveryMetrics metrics;
    private final AbandonmentRules rules;

    private final java.time.Clock clock;
    private final dev.feira.identity.BuyerAccountDirectory accounts;
    private final dev.feira.identity.BuyerContacts contacts;

    RecoveryApi(RecoveryAlerts alerts, RecoveryMetrics metrics, AbandonmentRules rules,
                java.time.Clock clock, dev.feira.identity.BuyerAccountDirectory accounts, dev.feira.identity.BuyerContacts contacts) {
        this.accounts = accounts;
        this.contacts = contacts;
        this.clock = clock;
        this.alerts = alerts;
        this.metrics = metrics;
        this.rules = rules;
    }

    record Page(long total, List<Alert> alerts) {
    }

    @GetMapping("/alerts")
    @Operation(summary = "The supplier's recovery alerts, newest first",
            description = "status: OPEN, ACKNOWLEDGED, RECOVERED, LOST, CLOSED (repeat it for several; none: all). "
                    + "Each alert names its cart, buyer account, rule, cart value, idle time, response deadline and follow-up.")
    Page alerts(@RequestParam(required = false) Set<Status> status, @RequestParam(defaultValue = "0") int offset,
                @RequestParam(defaultValue = "50") int limit) {
        checkPage(offset, limit);
        Set<Status> wanted = status == null || status.isEmpty() ? EnumSet.allOf(Status.class) : status;
        return new Page(alerts.countVisible(wanted), alerts.visible(wanted, offset, limit));
    }

    @GetMapping("/calls")
    @Operation(summary = "The call tasks still to make, the earliest due first",
            description = "Open alerts whose rule asked for a call (callDueAt) and on which no call was logged yet. "
                    + "Logging a CALL contact on the alert takes it off this list.")
    Page calls(@RequestParam(defaultValue = "0") int offset, @RequestParam(defaultValue = "50") int limit) {
        checkPage(offset, limit);
        return new Page(alerts.countCallsToMake(), alerts.callsToMake(offset, limit));
    }

    @GetMapping("/alerts/{id}")
    @Operation(summary = "One alert with its follow-up")
    Alert alert(@PathVariable UUID id) {
        return refusals(() -> alerts.byId(id));
    }

    @GetMapping("/alerts/{id}/cart-activity")
    @Operation(summary = "What the buyer did on the alert's cart, newest first",
            description = "Lines added, changed and removed (with the product), views (several in a row within the hour count once), checkouts, the order or "
                    + "the emptying, each with the cart's value after it. Kept 180 days.")
    List<RecoveryAlerts.CartEvent> cartActivity(@PathVariable UUID id, @RequestParam(defaultValue = "100") int limit) {
        checkPage(0, limit);
        return refusals(() -> alerts.activityOfCart(alerts.byId(id).cart(), limit));
    }

    /** A person of the buyer company: {@code phone} in E.164, {@code whatsApp} the chat's address. */
    record BuyerPerson(String name, String email, java.util.Set<dev.feira.identity.Role> roles, String phone, String whatsApp) {
    }

    @GetMapping("/alerts/{id}/buyer-contacts")
    @Operation(summary = "Whom to reach at the alert's buyer company: its people with e-mail, phone and WhatsApp",
            description = "Admins and purchasers first.")
    List<BuyerPerson> buyerContacts(@PathVariable UUID id) {
        var alert = refusals(() -> alerts.byId(id));
        return accounts.byId(alert.buyerAccount()).map(contacts::of).orElse(List.of()).stream()
                .map(c -> new BuyerPerson(c.name(), c.email(), c.roles(), c.phone().map(dev.feira.identity.PhoneNumber::e164).orElse(null),
                        c.phone().map(p -> p.whatsApp().toString()).orElse(null)))
                .toList();
    }

    record NewContact(RecoveryAlerts.Channel channel, String note) {
    }

    @PostMapping("/alerts/{id}/contacts")
    @Operation(summary = "Log a contact with the buyer (CALL, EMAIL, WHATSAPP, VISIT) with notes; the first one stops the response timer")
    Alert contact(@PathVariable UUID id, @RequestBody NewContact contact) {
        return refusals(() -> alerts.logContact(id, contact.channel(), contact.note()));
    }

    record Outcome(Status status, String note) {
    }

    @PostMapping("/alerts/{id}/outcome")
    @Operation(summary = "Record the outcome: RECOVERED, LOST (with the reason in note) or OPEN (still open, with a note)")
    Alert outcome(@PathVariable UUID id, @RequestBody Outcome outcome) {
        refusals(() -> alerts.byId(id));
        if (outcome == null || outcome.status() == null) {
            throw ApiProblem.of(HttpStatus.BAD_REQUEST, "Give the outcome: {\"status\": \"RECOVERED\" | \"LOST\" | \"OPEN\", \"note\": \"...\"}");
        }
        return refusals(() -> alerts.recordOutcome(id, outcome.status(), outcome.note()));
    }

    record Reminder(Instant at) {
    }

    @PostMapping("/alerts/{id}/reminder")
    @Operation(summary = "Remind the rep of the alert at a time to come")
    Alert remind(@PathVariable UUID id, @RequestBody Reminder reminder) {
        return refusals(() -> alerts.remindAt(id, reminder == null ? null : reminder.at()));
    }

    @GetMapping("/metrics")
    @Operation(summary = "Recovery metrics over a period",
            description = "from, to: ISO dates (to exclusive; default: the last 30 days). Optional rep (user id), category, rule (id). "
                    + "Carts started, converted, conversion rate, time to conversion, average cart value, active/idle/abandoned carts now, "
                    + "alerts, recovered, lost, recovery rate, rep response time, value recovered; per rep, per buyer, stalled items, per day. "
                    + "Durations are ISO-8601 (PT36H); rates 0 to 1.")
    RecoveryMetrics.Report metrics(@RequestParam(required = false) java.time.LocalDate from, @RequestParam(required = false) java.time.LocalDate to,
                                   @RequestParam(required = false) UUID rep, @RequestParam(required = false) String category,
                                   @RequestParam(required = false) UUID rule) {
        return refusals(() -> metrics.report(filter(from, to, rep, category, rule)));
    }

    @GetMapping(value = "/metrics.xlsx", produces = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    @Operation(summary = "The same metrics as an Excel workbook: a sheet per table")
    org.springframework.http.ResponseEntity<byte[]> workbook(@RequestParam(required = false) java.time.LocalDate from,
                                                             @RequestParam(required = false) java.time.LocalDate to,
                                                             @RequestParam(required = false) UUID rep, @RequestParam(required = false) String category,
                                                             @RequestParam(required = false) UUID rule, java.util.Locale locale) {
        byte[] sheet = refusals(() -> metrics.workbook(filter(from, to, rep, category, rule), locale));
        return org.springframework.http.ResponseEntity.ok()
                .header("Content-Disposition", "attachment; filename=\"recovery-metrics.xlsx\"")
                .body(sheet);
    }

    private RecoveryMetrics.Filter filter(java.time.LocalDate from, java.time.LocalDate to, UUID rep, String category, UUID rule) {
        var zone = java.time.ZoneId.of("America/Sao_Paulo");
        var end = to == null ? java.time.LocalDate.now(clock.withZone(zone)).plusDays(1) : to;
        var start = from == null ? end.minusDays(30) : from;
        return new RecoveryMetrics.Filter(start.atStartOfDay(zone).toInstant(), end.atStartOfDay(zone).toInstant(),
                java.util.Optional.ofNullable(rep), java.util.Optional.ofNullable(category).filter(c -> !c.isBlank()),
                java.util.Optional.ofNullable(rule));
    }

    @GetMapping("/rules")
    @Operation(summary = "The supplier's abandonment rules")
    List<RuleDefinition> rules() {
        return rules.all();
    }

    @PostMapping("/rules")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a rule", description = "Thresholds are in the supplier's currency; a rule needs a condition and an action.")
    RuleDefinition add(@RequestBody RuleDefinition rule) {
        if (rule.id() != null) {
            throw ApiProblem.of(HttpStatus.BAD_REQUEST, "A new rule has no id; PUT /rules/{id} changes one");
        }
        return refusals(() -> rules.save(rule));
    }

    @PostMapping("/rules/preview")
    @Operation(summary = "What a rule would have done", description = "The carts and buyers the rule (not saved) would have fired on over the "
            + "last `days` days (default 30). Nonsense is refused as when saving.")
    AbandonmentRules.Preview preview(@RequestBody RuleDefinition rule, @RequestParam(defaultValue = "30") int days) {
        return refusals(() -> rules.preview(rule, days));
    }

    @PutMapping("/rules/{id}")
    @Operation(summary = "Change a rule")
    RuleDefinition change(@PathVariable UUID id, @RequestBody RuleDefinition rule) {
        if (rules.byId(id).isEmpty()) {
            throw ApiProblem.of(HttpStatus.NOT_FOUND, "There is no rule " + id + " here");
        }
        return refusals(() -> rules.save(rule.withId(id)));
    }

    @DeleteMapping("/rules/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove a rule (its alerts stay, with their follow-up)")
    void remove(@PathVariable UUID id) {
        if (!rules.delete(id)) {
            throw ApiProblem.of(HttpStatus.NOT_FOUND, "There is no rule " + id + " here");
        }
    }

    private static <T> T refusals(Supplier<T> work) {
        try {
            return work.get();
        } catch (RecoveryAlerts.UnknownAlert unknown) {
            throw ApiProblem.of(HttpStatus.NOT_FOUND, unknown.getMessage());
        } catch (RuleRefusal | IllegalArgumentException refused) {
            throw ApiProblem.of(HttpStatus.BAD_REQUEST, refused.getMessage());
        } catch (IllegalStateException closed) {
            throw ApiProblem.of(HttpStatus.CONFLICT, closed.getMessage());
        }
    }

    private static void checkPage(int offset, int limit) {
        if (offset < 0 || limit < 1 || limit > 500) {
            throw ApiProblem.of(HttpStatus.BAD_REQUEST, "offset is 0 or more, limit 1 to 500");
        }
    }
}
