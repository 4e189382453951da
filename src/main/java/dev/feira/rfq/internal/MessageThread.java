package dev.feira.rfq.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import dev.feira.rfq.QuoteMessage;
import dev.feira.rfq.QuoteMessageSent;
import dev.feira.rfq.RfqRefusal;
import dev.feira.shared.TenantContext;
import dev.feira.shared.TenantId;

/**
 * The thread between a buyer and one supplier about an RFQ, kept within the supplier's tenant beside its invitation.
 * Both sides reach it through their services, which check who is asking first.
 */
@Component
class MessageThread {

    static final int MAX_LENGTH = 4000;

    private final InvitationStore invitations;
    private final MessageStore messages;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;

    MessageThread(InvitationStore invitations, MessageStore messages, ApplicationEventPublisher events, Clock clock,
                  PlatformTransactionManager transactions) {
        this.invitations = invitations;
        this.messages = messages;
        this.events = events;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The thread of the supplier's invitation to an RFQ, oldest first. */
    List<QuoteMessage> of(TenantId supplier, UUID rfq) {
        return TenantContext.callAs(supplier, () -> ownTransaction.execute(status -> invitations.findByRfqId(rfq)
                .map(invitation -> messages.findByInvitationIdOrderBySentAt(invitation.id()).stream().map(MessageEntry::view).toList())
                .orElse(List.of())));
    }

    /**
     * Adds a message to the thread and tells the other side.
     *
     * @throws RfqRefusal for an empty or too long text, or a line the RFQ does not have
     */
    QuoteMessage write(TenantId supplier, UUID rfq, UUID line, boolean fromBuyer, String author, String body) {
        String text = body == null ? "" : body.strip();
        if (text.isEmpty() || text.length() > MAX_LENGTH) {
            throw new RfqRefusal("message", "A message has 1 to 4,000 characters");
        }
        return TenantContext.callAs(supplier, () -> ownTransaction.execute(status -> {
            var invitation = invitations.findByRfqId(rfq).orElseThrow(() -> new RfqRefusal("message-no-invitation",
                    "This supplier was not asked to quote this RFQ"));
            if (line != null && invitation.lines().stream().noneMatch(l -> l.lineId().equals(line))) {
                throw new RfqRefusal("message-line", "A message is about a line of this RFQ, or the whole of it");
            }
            Instant now = clock.instant();
            var saved = messages.save(new MessageEntry(invitation.id(), line, fromBuyer, author, text, now));
            events.publishEvent(new QuoteMessageSent(supplier, invitation.invitationId(), invitation.rfqId(), invitation.rfqNumber(),
                    invitation.buyerCompanyId(), fromBuyer, author, invitation.assignedRep(), now));
            return saved.view();
        }));
    }
}
