package dev.feira.notification.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import dev.feira.identity.People;
import dev.feira.identity.PortalUser;
import dev.feira.identity.Role;
import dev.feira.notification.Notice;
import dev.feira.notification.Notifications;
import dev.feira.rfq.QuoteAnswered;
import dev.feira.rfq.QuoteDueSoon;
import dev.feira.rfq.QuoteInvited;
import dev.feira.rfq.QuoteMessageSent;
import dev.feira.rfq.QuoteOverdue;
import dev.feira.rfq.QuoteStatus;
import dev.feira.rfq.RfqAwarded;
import dev.feira.rfq.RoundOpened;
import dev.feira.shared.TenantId;
import dev.feira.tenancy.TenantDirectory;
import dev.feira.tenancy.TenantProfile;

/**
 * What the RFQ marketplace tells people: the rep (or, without one, the supplier's team) of a new invitation; the
 * supplier's managers when one went unanswered past its response time; the suppliers' teams of a negotiation round and
 * of the award (won, partly, not); the buyer company's purchasers of each answer.
 * Each once per event, however often it is delivered.
 */
@Component
class RfqNotices {

    private static final ZoneId SUPPLIER_ZONE = ZoneId.of("America/Sao_Paulo");

    private final Notifications notifications;
    private final People people;
    private final TenantDirectory tenants;

    RfqNotices(Notifications notifications, People people, TenantDirectory tenants) {
        this.notifications = notifications;
        this.people = people;
        this.tenants = tenants;
    }

    @ApplicationModuleListener
    void on(QuoteInvited invited) {
        Set<UUID> recipients = new LinkedHashSet<>();
        invited.rep().ifPresentOrElse(recipients::add, () -> {
            people.staffOf(invited.tenant(), Role.SALES_REP).forEach(p -> recipients.add(p.id()));
            people.staffOf(invited.tenant(), Role.SUPPLIER_ADMIN).forEach(p -> recipients.add(p.id()));
        });
        for (UUID person : recipients) {
            tell(person, Optional.of(invited.tenant()), "rfq-invited", List.of(invited.number(), invited.buyerName(),
                    when(invited.tenant(), invited.respondBy())), "catalog/quotes/" + invited.invitation(),
                    "rfq-invited:" + invited.invitation());
        }
    }

    @ApplicationModuleListener
    void on(QuoteDueSoon dueSoon) {
        List<UUID> recipients = dueSoon.rep().map(List::of)
                .orElseGet(() -> supplierTeam(dueSoon.tenant()).stream().map(PortalUser::id).toList());
        for (UUID person : recipients) {
            tell(person, Optional.of(dueSoon.tenant()), "rfq-due-soon", List.of(dueSoon.number(), dueSoon.buyerName(),
                    when(dueSoon.tenant(), dueSoon.respondBy())), "catalog/quotes/" + dueSoon.invitation(),
                    "rfq-due-soon:" + dueSoon.invitation() + ":" + dueSoon.respondBy());
        }
    }

    @ApplicationModuleListener
    void on(QuoteOverdue overdue) {
        Set<UUID> recipients = new LinkedHashSet<>();
        people.staffOf(overdue.tenant(), Role.SUPPLIER_ADMIN).forEach(p -> recipients.add(p.id()));
        overdue.rep().ifPresent(recipients::add);
        String rep = overdue.rep().flatMap(people::person).map(PortalUser::displayName).orElse("—");
        for (UUID person : recipients) {
            tell(person, Optional.of(overdue.tenant()), "rfq-overdue", List.of(overdue.number(), overdue.buyerName(), rep,
                    when(overdue.tenant(), overdue.respondBy())), "catalog/quotes/" + overdue.invitation(),
                    "rfq-overdue:" + overdue.invitation() + ":" + overdue.respondBy());
        }
    }

    @ApplicationModuleListener
    void on(RoundOpened opened) {
        for (TenantId supplier : opened.suppliers()) {
            for (PortalUser person : supplierTeam(supplier)) {
                tell(person.id(), Optional.of(supplier), "rfq-round", List.of(opened.number(), String.valueOf(opened.round()),
                        when(supplier, opened.deadline()), opened.note() == null ? "" : opened.note()), "catalog/quotes",
                        "rfq-round:" + opened.rfq() + ":" + opened.round());
            }
        }
    }

    @ApplicationModuleListener
    void on(RfqAwarded awarded) {
        for (TenantId supplier : awarded.invited()) {
            String key = awarded.fully().contains(supplier) ? "rfq-awarded" : awarded.partly().contains(supplier) ? "rfq-partly-awarded"
                    : "rfq-not-awarded";
            for (PortalUser person : supplierTeam(supplier)) {
                tell(person.id(), Optional.of(supplier), key, List.of(awarded.number()), key.equals("rfq-not-awarded") ? "catalog/quotes"
                        : "catalog/orders", key + ":" + awarded.rfq());
            }
        }
    }

    @ApplicationModuleListener
    void on(QuoteMessageSent sent) {
        if (sent.fromBuyer()) {
            List<UUID> recipients = sent.rep().map(List::of).orElseGet(() -> supplierTeam(sent.tenant()).stream().map(PortalUser::id).toList());
            for (UUID person : recipients) {
                tell(person, Optional.of(sent.tenant()), "rfq-message-to-supplier", List.of(sent.number(), sent.author()),
                        "catalog/quotes/" + sent.invitation(), "rfq-message:" + sent.invitation() + ":" + sent.at());
            }
            return;
        }
        String supplier = tenants.byId(sent.tenant()).map(TenantProfile::name).orElse("?");
        for (PortalUser person : people.ofBuyerCompany(sent.buyerCompany())) {
            if (person.has(Role.PURCHASER) || person.has(Role.BUYER_ADMIN)) {
                tell(person.id(), Optional.empty(), "rfq-message-to-buyer", List.of(sent.number(), supplier, sent.author()),
                        "rfqs/" + sent.rfq(), "rfq-message:" + sent.invitation() + ":" + sent.at());
            }
        }
    }

    /** Who at a supplier hears of a round or an award: its admins and reps. */
    private List<PortalUser> supplierTeam(TenantId supplier) {
        var team = new java.util.ArrayList<>(people.staffOf(supplier, Role.SUPPLIER_ADMIN));
        people.staffOf(supplier, Role.SALES_REP).stream().filter(p -> team.stream().noneMatch(t -> t.id().equals(p.id()))).forEach(team::add);
        return team;
    }

    @ApplicationModuleListener
    void on(QuoteAnswered answered) {
        String key = answered.status() == QuoteStatus.SUBMITTED ? "rfq-quoted" : answered.status() == QuoteStatus.DECLINED ? "rfq-declined" : null;
        if (key == null) {
            return;
        }
        String supplier = tenants.byId(answered.tenant()).map(TenantProfile::name).orElse("?");
        for (PortalUser person : people.ofBuyerCompany(answered.buyerCompany())) {
            if (person.has(Role.PURCHASER) || person.has(Role.BUYER_ADMIN)) {
                // On the marketplace host: the RFQ is the company's, not the supplier's.
                tell(person.id(), Optional.empty(), key, List.of(answered.number(), supplier, String.valueOf(answered.revisions())),
                        "rfqs/" + answered.rfq(), key + ":" + answered.invitation() + ":" + answered.revisions());
            }
        }
    }

    private void tell(UUID person, Optional<TenantId> supplier, String key, List<String> arguments, String link, String dedupeKey) {
        people.person(person).map(PortalUser::username).ifPresent(email -> notifications.send(new Notice(person, email, supplier, key,
                arguments, link, dedupeKey + ":" + person)));
    }

    private String when(TenantId supplier, java.time.Instant at) {
        Locale locale = tenants.byId(supplier).map(TenantProfile::defaultLocale).orElse(Locale.forLanguageTag("pt-BR"));
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(locale).withZone(SUPPLIER_ZONE).format(at);
    }
}
