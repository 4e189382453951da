package dev.feira.rfq.internal;

import java.time.Clock;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import dev.feira.rfq.QuoteDueSoon;
import dev.feira.rfq.QuoteOverdue;
import dev.feira.shared.TenantContext;
import dev.feira.tenancy.TenantDirectory;

/**
 * The quote SLA: every supplier's unanswered invitations three quarters through their response time remind their rep
 * once; those whose response time ran out are escalated once — the
 * supplier's managers are told, with the rep it was assigned to. Any instance may run it; an invitation escalated by
 * one (its version moved) is skipped by the others.
 */
@Component
class ResponseClock {

    private static final Logger log = LoggerFactory.getLogger(ResponseClock.class);

    private final InvitationStore invitations;
    private final TenantDirectory tenants;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate transaction;

    ResponseClock(InvitationStore invitations, TenantDirectory tenants, ApplicationEventPublisher events, Clock clock,
                  PlatformTransactionManager transactions) {
        this.invitations = invitations;
        this.tenants = tenants;
        this.events = events;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Scheduled(fixedDelayString = "${feira.rfq.response-clock-interval:PT30S}", initialDelayString = "${feira.rfq.response-clock-interval:PT30S}")
    void sweep() {
        for (var supplier : tenants.all()) {
            try {
                TenantContext.runAs(supplier.id(), this::escalateDue);
            } catch (OptimisticLockingFailureException anotherInstance) {
                // escalated there meanwhile: told once
            } catch (RuntimeException e) { // one supplier's trouble does not stop the others' clocks
                log.error("Response clock of {} failed", supplier.slug(), e);
            }
        }
    }

    private void escalateDue() {
        Instant now = clock.instant();
        transaction.executeWithoutResult(status -> {
            for (var invitation : invitations.findDueSoon(now, PageRequest.of(0, 500))) {
                if (invitation.remind(now)) {
                    invitations.save(invitation);
                    events.publishEvent(new QuoteDueSoon(TenantContext.require(), invitation.invitationId(), invitation.rfqNumber(),
                            invitation.buyerName(), invitation.assignedRep(), invitation.respondBy(), now));
                }
            }
            for (var invitation : invitations.findOverdue(now, PageRequest.of(0, 500))) {
                if (invitation.escalate(now)) {
                    invitations.save(invitation);
                    events.publishEvent(new QuoteOverdue(TenantContext.require(), invitation.invitationId(), invitation.rfqNumber(),
                            invitation.buyerName(), invitation.assignedRep(), invitation.respondBy(), now));
                }
            }
        });
    }
}
