package dev.feira.rfq.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface RevisionStore extends JpaRepository<QuoteRevisionEntry, UUID> {

    List<QuoteRevisionEntry> findByInvitationIdOrderByRevision(UUID invitationId);
}
