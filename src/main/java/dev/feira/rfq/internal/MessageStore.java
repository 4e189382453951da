package dev.feira.rfq.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface MessageStore extends JpaRepository<MessageEntry, UUID> {

    List<MessageEntry> findByInvitationIdOrderBySentAt(UUID invitationId);
}
