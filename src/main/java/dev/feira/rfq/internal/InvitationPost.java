package dev.feira.rfq.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import dev.feira.identity.BuyerAccountDirectory;
import dev.feira.identity.BuyerAccountProfile;
import dev.feira.identity.PortalUser;
import dev.feira.rfq.QuoteAnswered;
import dev.feira.rfq.QuoteInvited;
import dev.feira.rfq.RfqAwarded;
import dev.feira.rfq.RfqCancelled;
import dev.feira.rfq.RfqPublished;
import dev.feira.shared.TenantContext;
import dev.feira.shared.TenantId;

/**
 * Carries an RFQ between the buyer's side and each supplier's: a published RFQ becomes one invitation per supplier
 * (each written within that supplier's tenant, once: a redelivered event finds it there), a cancellation reaches them,
 * and each supplier's answer is mirrored on the buyer's side — status only, never a price.
 */
@Component
class InvitationPost {

    private static final Logger log = LoggerFactory.getLogger(InvitationPost.class);

    private final RfqStore rfqs;
    private final InvitationStore invitations;
    private final CompanyBinding company;
    private final BuyerAccountDirectory accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ResponseTime responseTime;
    private final LiveRfqs live;
    private final TransactionTemplate ownTransaction;

    InvitationPost(RfqStore rfqs, InvitationStore invitations, CompanyBinding company, BuyerAccountDirectory accounts,
                   ApplicationEventPublisher events, Clock clock, PlatformTransactionManager transactions, ResponseTime responseTime,
                   LiveRfqs live) {
        this.live = live;
        this.rfqs = rfqs;
        this.invitations = invitations;
        this.company = company;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
        this.responseTime = responseTime;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @ApplicationModuleListener
    void on(RfqPublished published) {
        Rfq rfq = ownTransaction.execute(status -> {
            company.bind(published.buyerCompany());
            return rfqs.findByIdAndBuyerCompanyId(published.rfq().value(), published.buyerCompany()).orElseThrow();
        });
        for (TenantId supplier : published.suppliers()) {
            TenantContext.runAs(supplier, () -> ownTransaction.executeWithoutResult(status -> invite(rfq, supplier)));
        }
    }

    private void invite(Rfq rfq, TenantId supplier) {
        if (invitations.findByRfqId(rfq.id()).isPresent()) {
            return;
        }
        Instant now = clock.instant();
        Optional<BuyerAccountProfile> account = accounts.accountOfCompany(rfq.buyerCompanyId());
        Optional<UUID> rep = account.flatMap(a -> accounts.salesRepOf(a.id())).map(PortalUser::id);
        String buyerName = account.map(BuyerAccountProfile::buyerCompanyName).orElseGet(() -> rfq.view(java.util.List.of()).createdBy());
        Instant respondBy = respondBy(now, rfq.deadline());
        var invitation = invitations.save(new QuoteInvitation(rfq, supplier, buyerName, account.map(BuyerAccountProfile::id).orElse(null),
                account.map(BuyerAccountProfile::customerCategory).orElse(null), rep.orElse(null), now, respondBy));
        events.publishEvent(new QuoteInvited(supplier, invitation.invitationId(), rfq.rfqId(), rfq.number(), buyerName, rep, respondBy, now));
        log.info("RFQ {} reached supplier {}", rfq.number(), supplier);
    }

    /** Within the supplier's response time (in its transaction), and never after the buyer's deadline. */
    private Instant respondBy(Instant now, Instant deadline) {
        Instant promised = now.plus(responseTime.current());
        return promised.isBefore(deadline) ? promised : deadline;
    }

    @ApplicationModuleListener
    void on(dev.feira.rfq.RoundOpened opened) {
        Instant now = clock.instant();
        for (TenantId supplier : opened.suppliers()) {
            TenantContext.runAs(supplier, () -> ownTransaction.executeWithoutResult(status ->
                    invitations.findByRfqId(opened.rfq().value()).ifPresent(invitation -> {
                        invitation.newRound(opened.round(), opened.deadline(), respondBy(now, opened.deadline()), opened.targets(), opened.note());
                        invitations.save(invitation);
                    })));
        }
    }

    @ApplicationModuleListener
    void on(RfqCancelled cancelled) {
        for (TenantId supplier : cancelled.suppliers()) {
            TenantContext.runAs(supplier, () -> ownTransaction.executeWithoutResult(status ->
                    invitations.findByRfqId(cancelled.rfq().value()).ifPresent(invitation -> {
                        invitation.cancelled();
                        invitations.save(invitation);
                        decided(invitation, dev.feira.rfq.QuoteStatus.CANCELLED, List.of(), cancelled.at());
                    })));
        }
    }

    @ApplicationModuleListener
    void on(RfqAwarded awarded) {
        List<Rfq.Award> awards = ownTransaction.execute(status -> {
            company.bind(awarded.buyerCompany());
            return rfqs.findByIdAndBuyerCompanyId(awarded.rfq().value(), awarded.buyerCompany()).map(Rfq::awards).orElse(List.of());
        });
        for (TenantId supplier : awarded.invited()) {
            var outcome = awarded.fully().contains(supplier) ? dev.feira.rfq.QuoteStatus.AWARDED
                    : awarded.partly().contains(supplier) ? dev.feira.rfq.QuoteStatus.PARTIALLY_AWARDED : dev.feira.rfq.QuoteStatus.NOT_AWARDED;
            var won = awards.stream().filter(a -> a.supplier().equals(supplier)).toList();
            var value = won.stream().map(a -> a.unitPrice().multiply(java.math.BigDecimal.valueOf(a.quantity())))
                    .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add).setScale(2, java.math.RoundingMode.HALF_UP);
            TenantContext.runAs(supplier, () -> ownTransaction.executeWithoutResult(status ->
                    invitations.findByRfqId(awarded.rfq().value()).ifPresent(invitation -> {
                        invitation.awarded(outcome, value);
                        invitations.save(invitation);
                        decided(invitation, outcome, won, awarded.at());
                    })));
        }
    }

    /** A quote that was submitted has its fate: the supplier's follow-up of it ends, won (with its order) or not. */
    private void decided(QuoteInvitation invitation, dev.feira.rfq.QuoteStatus outcome, List<Rfq.Award> won, Instant at) {
        if (invitation.revisions() == 0) {
            return; // nothing was quoted: nothing to follow up
        }
        var value = won.stream().map(a -> a.unitPrice().multiply(java.math.BigDecimal.valueOf(a.quantity())))
                .reduce(java.math.BigDecimal::add);
        events.publishEvent(new dev.feira.rfq.QuoteDecided(TenantContext.require(), invitation.invitationId(), invitation.rfqNumber(),
                outcome, won.stream().map(Rfq.Award::orderId).findFirst(), won.stream().map(Rfq.Award::orderNumber).findFirst(), value, at));
    }

    @ApplicationModuleListener
    void on(QuoteAnswered answered) {
        company.bind(answered.buyerCompany());
        rfqs.mirrorAnswer(answered.rfq().value(), answered.buyerCompany(), answered.tenant().value(), answered.status().name(),
                answered.revisions(), answered.declineReason(), answered.at());
        if (answered.status() == dev.feira.rfq.QuoteStatus.SUBMITTED) {
            rfqs.closeExpiredWithLateMirroredQuote(answered.rfq().value(), answered.buyerCompany(), answered.at());
        }
        live.answered(answered.rfq());
    }
}
