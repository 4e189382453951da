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

import dev.feira.identity.BuyerAccountDirectory;
import dev.feira.identity.People;
import dev.feira.identity.PortalUser;
import dev.feira.identity.Role;
import dev.feira.notification.Notice;
import dev.feira.notification.Notifications;
import dev.feira.ordering.Carts;
import dev.feira.recovery.RecoveryAlertRaised;
import dev.feira.recovery.RuleDefinition;
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

    @ApplicationModuleListener
    void on(RecoveryAlertRaised raised) {
        List<PortalUser> readers = raised.salesRep().flatMap(people::person).map(List::of)
                .orElseGet(() -> people.staffOf(raised.tenant(), Role.SUPPLIER_ADMIN));
        for (var reader : readers) {
            tell(reader, "recovery-alert", List.of(raised.buyerName(), money(raised.value()), raised.rule()), raised.alert(),
                    "recovery-alert:" + raised.alert());
        }
        if (raised.actions().contains(RuleDefinition.Action.EMAIL_BUYER)) {
            mailBuyer(raised);
        }
    }

    /** The rule's e-mail to the buyer, in the rep's name, naming what waits in the cart. */
    private void mailBuyer(RecoveryAlertRaised raised) {
        var account = accounts.byId(raised.buyerAccount());
        if (account.isEmpty()) {
            return;
        }
        var cart = carts.inspect(account.get());
        if (cart.isEmpty()) {
            return;
        }
        String items = cart.lines().stream().map(line -> line.quantity() + " × " + line.product().map(p -> p.name()).orElse(line.sku())
                + " (" + line.sku() + ")").collect(java.util.stream.Collectors.joining("; "));
        String from = raised.salesRep().flatMap(people::person).map(PortalUser::displayName)
                .orElseGet(() -> tenants.byId(raised.tenant()).map(TenantProfile::name).orElse(""));
        for (var buyer : people.ofBuyerCompany(account.get().buyerCompanyId())) {
            if (buyer.has(Role.PURCHASER) || buyer.has(Role.BUYER_ADMIN)) {
                notifications.send(new Notice(buyer.id(), buyer.username(), TenantContext.current(), "recovery-buyer-email",
                        List.of(from, items, money(cart.total())), "cart", "recovery-buyer-email:" + raised.alert() + ":" + buyer.id()));
            }
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
