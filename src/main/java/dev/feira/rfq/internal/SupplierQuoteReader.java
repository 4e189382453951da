package dev.feira.rfq.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import dev.feira.rfq.QuoteRevision;
import dev.feira.shared.TenantContext;
import dev.feira.shared.TenantId;

/**
 * Reads a supplier's quote for the buyer's side: within that supplier's tenant (its own transaction, bound to it), so
 * the supplier's two locks hold here too. Callers decide whether the buyer may see it yet (sealed quotes).
 */
@Component
class SupplierQuoteReader {

    private final InvitationStore invitations;
    private final RevisionStore revisions;
    private final TransactionTemplate ownTransaction;

    SupplierQuoteReader(InvitationStore invitations, RevisionStore revisions, PlatformTransactionManager transactions) {
        this.invitations = invitations;
        this.revisions = revisions;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.ownTransaction.setReadOnly(true);
    }

    Optional<QuoteRevision> latest(TenantId supplier, UUID rfq) {
        return TenantContext.callAs(supplier, () -> ownTransaction.execute(status -> invitations.findByRfqId(rfq)
                .flatMap(invitation -> {
                    var all = revisions.findByInvitationIdOrderByRevision(invitation.id());
                    return all.isEmpty() ? Optional.empty() : Optional.of(all.getLast().view(lineOrder(invitation)));
                })));
    }

    static List<UUID> lineOrder(QuoteInvitation invitation) {
        return invitation.lines().stream().map(QuoteInvitation.Line::lineId).toList();
    }
}
