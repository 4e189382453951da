package dev.feira.recovery.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

import dev.feira.recovery.RecoveryAlerts.Status;

/** The current supplier's recovery alerts. */
@Transactional(readOnly = true) // also for derived queries: row-level security needs a transaction
interface AlertStore extends Repository<RecoveryAlert, UUID> {

    Optional<RecoveryAlert> findById(UUID id);

    /** These alerts if still open (an order or an emptied cart may have closed them since they were raised), by id. */
    @Query("""
            select new dev.feira.recovery.internal.RaisedAlert(a.id, a.cartId, a.buyerAccountId, a.buyerName, a.salesRepId, a.ruleName,
                                                               a.actions, a.value, a.currency)
            from RecoveryAlert a where a.id in :ids and a.status in ('OPEN', 'ACKNOWLEDGED') order by a.id""")
    List<RaisedAlert> stillOpen(Collection<UUID> ids);

    @Query("select a from RecoveryAlert a where a.cartId = :cart and a.status in ('OPEN', 'ACKNOWLEDGED')")
    List<RecoveryAlert> openOfCart(UUID cart);

    /** Alerts an order from the cart recovers: still open, or marked recovered by the rep before the order came. */
    @Query("""
            select a from RecoveryAlert a where a.cartId = :cart
              and (a.status in ('OPEN', 'ACKNOWLEDGED') or (a.status = 'RECOVERED' and a.recoveredOrderId is null))""")
    List<RecoveryAlert> recoverableOfCart(UUID cart);

    /** A rep's alerts (rep given) or everyone's (null), newest first. */
    @Query("""
            select a from RecoveryAlert a
            where (:rep is null or a.salesRepId = :rep) and a.status in :statuses
            order by a.raisedAt desc, a.id""")
    List<RecoveryAlert> visible(UUID rep, Collection<Status> statuses, Pageable page);

    @Query("select count(a) from RecoveryAlert a where (:rep is null or a.salesRepId = :rep) and a.status in :statuses")
    long countVisible(UUID rep, Collection<Status> statuses);

    @Query("""
            select count(a) from RecoveryAlert a where (:rep is null or a.salesRepId = :rep) and a.status in ('OPEN', 'ACKNOWLEDGED')
              and a.firstContactAt is null and a.respondBy < :now""")
    long overdue(UUID rep, Instant now);

    /** Open alerts whose rule asked for a call that nobody logged yet, the earliest due first. */
    @Query("""
            select a from RecoveryAlert a where (:rep is null or a.salesRepId = :rep) and a.status in ('OPEN', 'ACKNOWLEDGED')
              and a.callDueAt is not null and not exists (select c from RecoveryAlert b join b.contacts c where b = a and c.channel = 'CALL')
            order by a.callDueAt, a.id""")
    List<RecoveryAlert> callsToMake(UUID rep, Pageable page);

    @Query("""
            select count(a) from RecoveryAlert a where (:rep is null or a.salesRepId = :rep) and a.status in ('OPEN', 'ACKNOWLEDGED')
              and a.callDueAt is not null and not exists (select c from RecoveryAlert b join b.contacts c where b = a and c.channel = 'CALL')""")
    long countCallsToMake(UUID rep);

    @Query("select a from RecoveryAlert a where a.cartId = :cart order by a.raisedAt")
    List<RecoveryAlert> ofCart(UUID cart);

    /** Alerts whose rep has not acted by the escalation time: the sales manager is to hear of them. */
    @Query("""
            select a from RecoveryAlert a where a.escalateAt <= :now and a.escalatedAt is null and a.firstContactAt is null
              and a.status in ('OPEN', 'ACKNOWLEDGED') order by a.escalateAt""")
    List<RecoveryAlert> toEscalate(Instant now, Pageable page);

    @Query("select a from RecoveryAlert a where a.remindAt <= :now and a.status in ('OPEN', 'ACKNOWLEDGED') order by a.remindAt")
    List<RecoveryAlert> remindersDue(Instant now, Pageable page);
}
