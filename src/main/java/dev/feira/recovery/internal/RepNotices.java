package dev.feira.recovery.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.LinkedHashMap;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import dev.feira.identity.BuyerAccountDirectory;
import dev.feira.identity.People;
import dev.feira.identity.PortalUser;
import dev.feira.identity.Role;
import dev.feira.notification.Notice;
import dev.feira.notification.Notifications;
import dev.feira.ordering.Carts;
import dev.feira.recovery.RecoveryAlertsRaised;
import dev.feira.recovery.RuleDefinition;
import dev.feira.shared.Money;
import dev.feira.shared.TenantContext;
import dev.feira.shared.TenantId;
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

    private final BuyerAccountDirectory accounts;
    private final Carts carts;

    RepNotices(Notifications notifications, People people, TenantDirectory tenants, AlertStore alerts,
               PlatformTransactionManager transactions, Clock clock, BuyerAccountDirectory accounts, Carts carts) {
        this.accounts = accounts;
        this.carts = carts;
        this.notifications = notifications;
        this.people = people;
        this.tenants = tenants;
        this.alerts = alerts;
        this.inTransaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /**
     * Each rep hears once per batch: of the alert itself when it is one, of how many carts (and
     * what they are worth) when a sweep raised several for them. Alerts closed meanwhile (the cart
     * was ordered or emptied) are news no more.
     */
    @ApplicationModuleListener
    void on(RecoveryAlertsRaised raised) {
        var open = alerts.stillOpen(raised.alerts());
        var byRep = open.stream().collect(Collectors.groupingBy(RaisedAlert::salesRep, LinkedHashMap::new, Collectors.toList()));
        byRep.forEach((rep, ofRep) -> {
            List<PortalUser> readers = rep.flatMap(people::person).map(List::of)
                    .orElseGet(() -> people.staffOf(raised.tenant(), Role.SUPPLIER_ADMIN));
            for (var reader : readers) {
                if (ofRep.size() == 1) {
                    var alert = ofRep.getFirst();
                    tell(reader, "recovery-alert", List.of(alert.buyerName(), money(alert.value()), alert.rule()), "recovery/alerts/" + alert.id(),
                            "recovery-alert:" + alert.id());
                } else {
                    tell(reader, "recovery-alerts", List.of(String.valueOf(ofRep.size()), money(total(ofRep))), "recovery/alerts",
                            "recovery-alerts:" + ofRep.getFirst().id());
                }
            }
        });
        for (var alert : open) {
            if (alert.actions().contains(RuleDefinition.Action.EMAIL_BUYER)) {
                mailBuyer(raised.tenant(), alert);
            }
        }
    }

    /** The sum of the alerts' carts, in the supplier's currency (a rule compares values in it, so they share it). */
    private static Money total(List<RaisedAlert> alerts) {
        return alerts.stream().map(RaisedAlert::value).reduce(Money::plus).orElseThrow();
    }

    /** The rule's e-mail to the buyer, in the rep's name, naming what waits in the cart. */
    private void mailBuyer(TenantId tenant, RaisedAlert raised) {
        var account = accounts.byId(raised.buyerAccount());
        var purchasers = account.stream().flatMap(a -> people.ofBuyerCompany(a.buyerCompanyId()).stream())
                .filter(buyer -> buyer.has(Role.PURCHASER) || buyer.has(Role.BUYER_ADMIN)).toList();
        if (purchasers.isEmpty()) {
            return; // nobody at the buyer to write to: no need to read the cart
        }
        var cart = carts.inspect(account.get());
        if (cart.isEmpty()) {
            return;
        }
        String items = cart.lines().stream().map(line -> line.quantity() + " × " + line.product().map(p -> p.name()).orElse(line.sku())
                + " (" + line.sku() + ")").collect(Collectors.joining("; "));
        String from = raised.salesRep().flatMap(people::person).map(PortalUser::displayName)
                .orElseGet(() -> tenants.byId(tenant).map(TenantProfile::name).orElse(""));
        for (var buyer : purchasers) {
            notifications.send(new Notice(buyer.id(), buyer.username(), TenantContext.current(), "recovery-buyer-email",
                    List.of(from, items, money(cart.total())), "cart", "recovery-buyer-email:" + raised.id() + ":" + buyer.id()));
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
                    tell(manager, "recovery-escalated", List.of(alert.buyerName(), money(alert.value()), rep, waited), "recovery/alerts/" + alert.getId(),
                            "recovery-escalated:" + alert.getId());
                }
                alert.escalated(now);
            }
            for (var alert : alerts.remindersDue(now, PageRequest.ofSize(200))) {
                if (alert.salesRepId() != null) {
                    people.person(alert.salesRepId()).ifPresent(rep -> tell(rep, "recovery-reminder",
                            List.of(alert.buyerName(), money(alert.value())), "recovery/alerts/" + alert.getId(),
                            // keyed by the reminder's own time, not the sweep's: two instances sweeping it at once remind once
                            "recovery-reminder:" + alert.getId() + ":" + alert.reminderDue()));
                }
                alert.reminded();
            }
        });
    }

    private void tell(PortalUser person, String key, List<String> arguments, String link, String dedupeKey) {
        notifications.send(new Notice(person.id(), person.username(), TenantContext.current(), key, arguments, link,
                dedupeKey + ":" + person.id()));
    }

    private String money(Money amount) {
        Locale locale = tenants.byId(TenantContext.require()).map(TenantProfile::defaultLocale).orElse(Locale.forLanguageTag("pt-BR"));
        return amount.format(locale);
    }
}
