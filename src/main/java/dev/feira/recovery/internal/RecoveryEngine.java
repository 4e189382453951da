package dev.feira.recovery.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import dev.feira.identity.BuyerAccountDirectory;
import dev.feira.identity.BuyerSignedIn;
import dev.feira.identity.PortalUser;
import dev.feira.ordering.CartActivity;
import dev.feira.ordering.OrderPlaced;
import dev.feira.recovery.RecoveryAlertRaised;
import dev.feira.recovery.RuleDefinition;
import dev.feira.shared.Money;
import dev.feira.shared.TenantContext;
import dev.feira.tenancy.TenantDirectory;

/**
 * Drives the rules. Event-driven for what events decide (a cart crossed a value, a checkout was
 * left): each cart event reschedules its cart and fires at once what is due. Time-driven for
 * idleness: the sweep fires what has come due since, per supplier, in batches, each cart locked
 * so two instances never fire one twice (and the alert's unique key would refuse it anyway).
 */
@Service
class RecoveryEngine {

    private static final Logger log = LoggerFactory.getLogger(RecoveryEngine.class);

    private final CartWatches watches;
    private final AlertStore alerts;
    private final BuyerAccountDirectory accounts;
    private final TenantDirectory tenants;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate inTransaction;
    private final Clock clock;
    private final int batch;
    private final LiveAlerts live;
    private final CartRounds rounds;

    RecoveryEngine(CartWatches watches, AlertStore alerts, BuyerAccountDirectory accounts, TenantDirectory tenants,
                   ApplicationEventPublisher events, PlatformTransactionManager transactions, Clock clock,
                   @Value("${feira.recovery.sweep-batch:5000}") int batch, LiveAlerts live, CartRounds rounds) {
        this.live = live;
        this.rounds = rounds;
        this.watches = watches;
        this.alerts = alerts;
        this.accounts = accounts;
        this.tenants = tenants;
        this.events = events;
        this.inTransaction = new TransactionTemplate(transactions);
        this.clock = clock;
        this.batch = batch;
    }

    @ApplicationModuleListener
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
        if (CartEpisodes.EMPTIED.equals(watch.state())) {
            alerts.openOfCart(watch.cart()).forEach(alert -> alert.cartEmptied(event.at()));
        }
        watches.reschedule(List.of(watch.cart()));
        fireDue(List.of(watch.cart()), clock.instant());
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

    @ApplicationModuleListener
    void on(BuyerSignedIn event) {
        watches.reschedule(watches.signedIn(event.buyerAccount(), event.at()));
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
        for (var tenant : tenants.all()) {
            try {
                TenantContext.runAs(tenant.id(), () -> sweepCurrentSupplier(clock.instant()));
            } catch (RuntimeException e) { // one supplier's trouble does not stop the others' alerts
                log.error("Recovery sweep of {} failed", tenant.slug(), e);
            }
        }
    }

    /** @return how many alerts fired */
    int sweepCurrentSupplier(Instant now) {
        int fired = 0;
        Round round;
        do {
            round = inTransaction.execute(status -> {
                var due = watches.due(now, batch);
                return new Round(due.size(), fireDue(due, now));
            });
            fired += round.fired();
        } while (round.carts() == batch);
        return fired;
    }

    private record Round(int carts, int fired) {
    }

    private int fireDue(List<UUID> carts, Instant now) {
        var fired = watches.fire(carts, now);
        watches.reschedule(carts);
        var tenant = TenantContext.require();
        live.raised(tenant, fired);
        for (var f : fired) {
            events.publishEvent(new RecoveryAlertRaised(tenant, f.alert(), f.cart(), f.buyerAccount(), f.buyerName(),
                    Optional.ofNullable(f.salesRep()), f.rule(),
                    f.actions().stream().map(RuleDefinition.Action::valueOf).collect(Collectors.toUnmodifiableSet()),
                    new Money(f.value(), Currency.getInstance(f.currency())), now));
        }
        return fired.size();
    }
}
