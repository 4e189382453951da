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

    @Query("select i from QuoteInvitation i where (:status is null or i.status = :status) order by i.invitedAt desc")
    List<QuoteInvitation> findInbox(QuoteStatus status, Pageable page);

    @Query("select count(i) from QuoteInvitation i where (:status is null or i.status = :status)")
    long countInbox(QuoteStatus status);
}
