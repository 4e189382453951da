package dev.feira.recovery.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.feira.identity.CurrentUser;
import dev.feira.identity.People;
import dev.feira.identity.PortalUser;
import dev.feira.identity.Role;
import dev.feira.recovery.RecoveryAlerts;
import dev.feira.shared.Money;
import dev.feira.shared.TenantContext;

/**
 * The alerts as the supplier's team works them. A sales rep sees and acts on the alerts of their
 * accounts; a supplier admin (the sales manager) on everyone's. Integration clients of the
 * supplier (its CRM) read them all.
 */
@Service
@Transactional
class AlertDesk implements RecoveryAlerts {

    private final AlertStore alerts;
    private final CurrentUser currentUser;
    private final People people;
    private final Clock clock;

    private final LiveAlerts live;

    private final Viewer viewer;
    private final CartActivityLog activity;

    AlertDesk(AlertStore alerts, CurrentUser currentUser, People people, Clock clock, LiveAlerts live, Viewer viewer,
              CartActivityLog activity) {
        this.viewer = viewer;
        this.activity = activity;
        this.live = live;
        this.alerts = alerts;
        this.currentUser = currentUser;
        this.people = people;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Alert> visible(Set<Status> statuses, int offset, int limit) {
        var page = PageRequest.of(offset / Math.max(1, limit), Math.max(1, limit));
        return named(alerts.visible(repFilter(), wanted(statuses), page));
    }

    private List<Alert> named(List<RecoveryAlert> found) {
        var names = new java.util.HashMap<UUID, Optional<String>>(); // a page names a few reps many times
        return found.stream().map(alert -> alert.view(Optional.ofNullable(alert.salesRepId())
                .flatMap(rep -> names.computeIfAbsent(rep, id -> people.person(id).map(PortalUser::displayName))))).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public long countVisible(Set<Status> statuses) {
        return alerts.countVisible(repFilter(), wanted(statuses));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Alert> callsToMake(int offset, int limit) {
        return named(alerts.callsToMake(repFilter(), PageRequest.of(offset / Math.max(1, limit), Math.max(1, limit))));
    }

    @Override
    @Transactional(readOnly = true)
    public long countCallsToMake() {
        return alerts.countCallsToMake(repFilter());
    }

    @Override
    @Transactional(readOnly = true)
    public Alert byId(UUID alert) {
        return view(visibleAlert(alert));
    }

    @Override
    public Alert acknowledge(UUID alert) {
        var found = visibleAlert(alert);
        found.acknowledge(clock.instant());
        return view(found);
    }

    @Override
    public Alert logContact(UUID alert, Channel channel, String note) {
        var found = visibleAlert(alert);
        var me = currentUser.get();
        found.contact(channel, note, me.map(PortalUser::id).orElse(null), me.map(PortalUser::displayName).orElse("API"), clock.instant());
        return view(found);
    }

    @Override
    public Alert remindAt(UUID alert, Instant when) {
        var found = visibleAlert(alert);
        found.remindAt(when, clock.instant());
        return view(found);
    }

    @Override
    public Alert recordOutcome(UUID alert, Status outcome, String note) {
        var found = visibleAlert(alert);
        found.outcome(outcome, note, clock.instant());
        return view(found);
    }

    @Override
    @Transactional(readOnly = true)
    public List<CartEvent> activityOfCart(UUID cart, int limit) {
        var ofCart = alerts.ofCart(cart);
        if (ofCart.isEmpty() || ofCart.stream().noneMatch(this::mayWork)) {
            return List.of();
        }
        var currency = ofCart.getFirst().currency();
        return activity.ofCart(cart, Math.clamp(limit, 1, 500)).stream()
                .map(e -> new CartEvent(e.at(), e.kind().name(), e.sku(), new Money(e.value(), currency), e.lines())).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<HistoryEntry> historyOfCart(UUID cart) {
        var ofCart = alerts.ofCart(cart);
        if (ofCart.isEmpty() || ofCart.stream().noneMatch(this::mayWork)) {
            return List.of();
        }
        List<HistoryEntry> story = new ArrayList<>();
        for (var alert : ofCart) {
            story.add(new HistoryEntry(alert.raisedAt(), "ALERT", alert.ruleName()));
            alert.offerMadeAt().ifPresent(at -> story.add(new HistoryEntry(at, "OFFER", alert.ruleName())));
            for (var contact : alert.contacts()) {
                var view = contact.view();
                story.add(new HistoryEntry(view.at(), "CONTACT_" + view.channel(), view.madeBy() + (view.note().isEmpty() ? "" : ": " + view.note())));
            }
            alert.closedAt().ifPresent(at -> story.add(new HistoryEntry(at, alert.status().name(),
                    alert.recoveredOrder().or(alert::outcomeNote).orElse(""))));
        }
        return story; // alert by alert, each followed by its follow-up
    }

    @Override
    @Transactional(readOnly = true)
    public long overdue() {
        return alerts.overdue(repFilter(), clock.instant());
    }

    @Override
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    public Runnable listenForNew(java.util.function.IntConsumer arrived) {
        // The news comes on another thread: the caller's supplier and sign-in go with it, so what the
        // callback reads (a page's lazy grid, even when it loads during the push) is the caller's view.
        var tenant = TenantContext.require();
        var signedIn = SecurityContextHolder.getContext();
        return live.listen(tenant, Optional.ofNullable(repFilter()), count -> {
            var previous = SecurityContextHolder.getContext();
            SecurityContextHolder.setContext(signedIn);
            try {
                TenantContext.runAs(tenant, () -> arrived.accept(count));
            } finally {
                SecurityContextHolder.setContext(previous);
            }
        });
    }

    /** The rep whose alerts the caller sees; null for everyone's (sales manager, the supplier's CRM). */
    private UUID repFilter() {
        return viewer.rep().orElse(null);
    }

    private boolean mayWork(RecoveryAlert alert) {
        UUID rep = repFilter();
        return rep == null || rep.equals(alert.salesRepId());
    }

    private RecoveryAlert visibleAlert(UUID id) {
        return alerts.findById(id).filter(this::mayWork).orElseThrow(() -> new UnknownAlert(id));
    }

    private static Set<Status> wanted(Set<Status> statuses) {
        return statuses == null || statuses.isEmpty() ? EnumSet.allOf(Status.class) : statuses;
    }

    private Alert view(RecoveryAlert alert) {
        Optional<String> repName = Optional.ofNullable(alert.salesRepId()).flatMap(people::person).map(PortalUser::displayName);
        return alert.view(repName);
    }
}
