package dev.feira.rfq.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import dev.feira.rfq.QuoteStatus;

/** The current supplier's invitations (its tenant key binds every query). */
interface InvitationStore extends JpaRepository<QuoteInvitation, UUID> {

    Optional<QuoteInvitation> findByRfqId(UUID rfqId);

    /** Unanswered invitations whose response time ran out and whose managers were not told yet. */
    @Query("""
            select i from QuoteInvitation i where i.escalatedAt is null and i.respondBy <= :now
              and i.status in (dev.feira.rfq.QuoteStatus.INVITED, dev.feira.rfq.QuoteStatus.VIEWED)""")
    List<QuoteInvitation> findOverdue(java.time.Instant now, Pageable page);

    /** Unanswered invitations three quarters through their response time, whose rep was not reminded yet. */
    @Query("""
            select i from QuoteInvitation i where i.remindedAt is null and i.escalatedAt is null and i.remindAt <= :now
              and i.respondBy > :now and i.status in (dev.feira.rfq.QuoteStatus.INVITED, dev.feira.rfq.QuoteStatus.VIEWED)""")
    List<QuoteInvitation> findDueSoon(java.time.Instant now, Pageable page);

    @Query("select i from QuoteInvitation i where (:status is null or i.status = :status) order by i.invitedAt desc")
    List<QuoteInvitation> findInbox(QuoteStatus status, Pageable page);

    @Query("select count(i) from QuoteInvitation i where (:status is null or i.status = :status)")
    long countInbox(QuoteStatus status);
}
