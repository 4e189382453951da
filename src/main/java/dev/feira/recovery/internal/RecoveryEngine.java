package dev.feira.recovery.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Async;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

import dev.feira.identity.BuyerAccountDirectory;
import dev.feira.identity.BuyerSignedIn;
import dev.feira.identity.PortalUser;
import dev.feira.ordering.CartActivity;
import dev.feira.ordering.OrderPlaced;
import dev.feira.recovery.RecoveryAlertsRaised;
import dev.feira.shared.TenantContext;
import dev.feira.tenancy.TenantDirectory;

/**
 * Drives the rules. Event-driven for what events decide (a cart crossed a value, a checkout was
 * left): each cart event fires at once what holds on its cart. Time-driven for idleness: the sweep
 * fires, per supplier, what has come due since its last sweep; each rule is held by the instance
 * sweeping it, so two instances never sweep one at once (and the alert's unique key would refuse a
 * second alert anyway).
 */
@Service
class RecoveryEngine {

    /** Alerts per event at most: a sweep after an outage tells of thousands in events of bounded size. */
    private static final int EVENT_SIZE = 500;

    private static final Logger log = LoggerFactory.getLogger(RecoveryEngine.class);

    private final CartWatches watches;
    private final AlertStore alerts;
    private final BuyerAccountDirectory accounts;
    private final TenantDirectory tenants;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate inTransaction;
    private final Clock clock;
    private final LiveAlerts live;
    private final CartRounds rounds;
    private final CartActivityLog activity;
    private final int parallelism;

    RecoveryEngine(CartWatches watches, AlertStore alerts, BuyerAccountDirectory accounts, TenantDirectory tenants,
                   ApplicationEventPublisher events, PlatformTransactionManager transactions, Clock clock,
                   LiveAlerts live, CartRounds rounds, CartActivityLog activity, @Value("${feira.recovery.sweep-parallelism:4}") int parallelism) {
        this.parallelism = parallelism;
        this.live = live;
        this.rounds = rounds;
        this.activity = activity;
        this.watches = watches;
        this.alerts = alerts;
        this.accounts = accounts;
        this.tenants = tenants;
        this.events = events;
        this.inTransaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    // Not @ApplicationModuleListener, which runs on the shared listener threads: its own lane (see RecoveryListenerLane).
    @Async(RecoveryListenerLane.EXECUTOR)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    @TransactionalEventListener
    void on(CartActivity event) {
        var current = watches.lockedWatch(event.cart());
        // Who the buyer is (category, rep) is read again when the lines change; views and checkout
        // steps keep what the watch knows, so the busiest events cost no lookups.
        var facts = current.filter(w -> !changesLines(event.kind()))
                .map(w -> new CartEpisodes.Account(w.accountNumber(), w.buyerName(), w.customerCategory(), w.salesRep()))
                .or(() -> accountFacts(event.buyerAccount()));
        if (facts.isEmpty()) {
            return; // the account went away meanwhile: nobody to follow up
        }
        var watch = CartEpisodes.apply(current, event, facts.get());
        watches.save(watch);
        rounds.record(event, watch);
        activity.record(event);
        if (CartEpisodes.EMPTIED.equals(watch.state())) {
            alerts.openOfCart(watch.cart()).forEach(alert -> alert.cartEmptied(event.at()));
        }
        // A view only pushes the idle time further away, and a closed cart fires nothing: neither makes a rule hold now.
        boolean mayHoldNow = !CartEpisodes.closed(watch) && (current.isEmpty() || event.kind() != CartActivity.Kind.VIEWED);
        if (mayHoldNow) {
            var now = clock.instant();
            raise(watches.evaluate(List.of(watch.cart()), now), now);
        }
    }

    private static boolean changesLines(CartActivity.Kind kind) {
        return switch (kind) {
            case CREATED, LINE_ADDED, LINE_CHANGED, LINE_REMOVED, APPROVAL_REJECTED -> true;
            default -> false;
        };
    }

    private Optional<CartEpisodes.Account> accountFacts(UUID buyerAccount) {
        return accounts.byId(buyerAccount).map(profile -> new CartEpisodes.Account(profile.accountNumber(), profile.buyerCompanyName(),
                profile.customerCategory(), accounts.salesRepOf(profile.id()).map(PortalUser::id).orElse(null)));
    }

    // Not @ApplicationModuleListener, which runs on the shared listener threads: its own lane (see RecoveryListenerLane).
    @Async(RecoveryListenerLane.EXECUTOR)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    @TransactionalEventListener
    void on(BuyerSignedIn event) {
        var now = clock.instant();
        raise(watches.evaluate(watches.signedIn(event.buyerAccount(), event.at()), now), now);
    }

    /** An order from a cart with alerts: they are recovered, with the order's value and number. */
    @ApplicationModuleListener
    void on(OrderPlaced event) {
        if (event.cart() == null) {
            return;
        }
        for (var alert : alerts.recoverableOfCart(event.cart())) {
            alert.recoveredBy(event.order(), event.number(), event.total().amount(), event.at());
        }
    }

    /** Every supplier's due carts; what one instance holds, another skips. */
    @Scheduled(fixedDelayString = "${feira.recovery.sweep-interval:PT30S}", initialDelayString = "${feira.recovery.sweep-initial-delay:PT20S}")
    void sweep() {
        // Suppliers are independent: a few at a time keep the database's cores busy.
        try (var sweepers = Executors.newFixedThreadPool(parallelism, Thread.ofVirtual().name("recovery-sweep-", 0).factory())) {
            for (var tenant : tenants.all()) {
                sweepers.execute(() -> {
                    try {
                        TenantContext.runAs(tenant.id(), () -> sweepCurrentSupplier(clock.instant()));
                    } catch (RuntimeException e) { // one supplier's trouble does not stop the others' alerts
                        log.error("Recovery sweep of {} failed", tenant.slug(), e);
                    }
                });
            }
        }
    }

    /** @return how many alerts fired */
    int sweepCurrentSupplier(Instant now) {
        return inTransaction.execute(status -> {
            activity.forgetBefore(now);
            return raise(watches.sweep(now), now);
        });
    }

    /** Inside the evaluation's transaction: the signal and the events go out when it commits. */
    private int raise(List<CartWatches.Fired> fired, Instant now) {
        if (fired.isEmpty()) {
            return 0;
        }
        var tenant = TenantContext.require();
        live.raised(tenant, fired);
        for (int from = 0; from < fired.size(); from += EVENT_SIZE) {
            events.publishEvent(new RecoveryAlertsRaised(tenant, now,
                    fired.subList(from, Math.min(fired.size(), from + EVENT_SIZE)).stream().map(CartWatches.Fired::alert).toList()));
        }
        return fired.size();
    }
}
