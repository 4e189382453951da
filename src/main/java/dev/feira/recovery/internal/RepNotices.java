package dev.feira.recovery.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import dev.feira.identity.People;
import dev.feira.identity.PortalUser;
import dev.feira.identity.Role;
import dev.feira.notification.Notice;
import dev.feira.notification.Notifications;
import dev.feira.recovery.RecoveryAlertRaised;
import dev.feira.shared.Money;
import dev.feira.shared.TenantContext;
import dev.feira.tenancy.TenantDirectory;
import dev.feira.tenancy.TenantProfile;

/**
 * Tells the team: the account's rep of a new alert (live in the app and by e-mail; the sales
 * managers when the account has no rep), the rep of a reminder they set, the sales managers of an
 * alert nobody acted on in time.
 */
@Component
class RepNotices {

    private static final Logger log = LoggerFactory.getLogger(RepNotices.class);

    private final Notifications notifications;
    private final People people;
    private final TenantDirectory tenants;
    private final AlertStore alerts;
    private final TransactionTemplate inTransaction;
    private final Clock clock;

    RepNotices(Notifications notifications, People people, TenantDirectory tenants, AlertStore alerts,
               PlatformTransactionManager transactions, Clock clock) {
        this.notifications = notifications;
        this.people = people;
        this.tenants = tenants;
        this.alerts = alerts;
        this.inTransaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(RecoveryAlertRaised raised) {
        List<PortalUser> readers = raised.salesRep().flatMap(people::person).map(List::of)
                .orElseGet(() -> people.staffOf(raised.tenant(), Role.SUPPLIER_ADMIN));
        for (var reader : readers) {
            tell(reader, "recovery-alert", List.of(raised.buyerName(), money(raised.value()), raised.rule()), raised.alert(),
                    "recovery-alert:" + raised.alert());
        }
    }

    /** Escalations and reminders that came due, per supplier. */
    @Scheduled(fixedDelayString = "${feira.recovery.sweep-interval:PT30S}", initialDelayString = "${feira.recovery.sweep-initial-delay:PT20S}")
    void sendDue() {
        for (var tenant : tenants.all()) {
            try {
                TenantContext.runAs(tenant.id(), this::sendDueOfCurrentSupplier);
            } catch (RuntimeException e) {
                log.error("Recovery escalations of {} failed", tenant.slug(), e);
            }
        }
    }

    void sendDueOfCurrentSupplier() {
        var now = clock.instant();
        inTransaction.executeWithoutResult(status -> {
            var managers = people.staffOf(TenantContext.require(), Role.SUPPLIER_ADMIN);
            for (var alert : alerts.toEscalate(now, PageRequest.ofSize(200))) {
                String rep = alert.salesRepId() == null ? "—" : people.person(alert.salesRepId()).map(PortalUser::displayName).orElse("—");
                String waited = Duration.between(alert.raisedAt(), now).toHours() + " h";
                for (var manager : managers) {
                    tell(manager, "recovery-escalated", List.of(alert.buyerName(), money(alert.value()), rep, waited), alert.getId(),
                            "recovery-escalated:" + alert.getId());
                }
                alert.escalated(now);
            }
            for (var alert : alerts.remindersDue(now, PageRequest.ofSize(200))) {
                if (alert.salesRepId() != null) {
                    people.person(alert.salesRepId()).ifPresent(rep -> tell(rep, "recovery-reminder",
                            List.of(alert.buyerName(), money(alert.value())), alert.getId(), "recovery-reminder:" + alert.getId() + ":" + now));
                }
                alert.reminded();
            }
        });
    }

    private void tell(PortalUser person, String key, List<String> arguments, UUID alert, String dedupeKey) {
        notifications.send(new Notice(person.id(), person.username(), TenantContext.current(), key, arguments, "recovery/alerts/" + alert,
                dedupeKey + ":" + person.id()));
    }

    private String money(Money amount) {
        Locale locale = tenants.byId(TenantContext.require()).map(TenantProfile::defaultLocale).orElse(Locale.forLanguageTag("pt-BR"));
        return amount.format(locale);
    }
}
