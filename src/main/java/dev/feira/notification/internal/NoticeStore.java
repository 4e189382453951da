package dev.feira.notification.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

@Transactional(readOnly = true)
interface NoticeStore extends Repository<StoredNotice, UUID> {

    @Transactional
    StoredNotice save(StoredNotice notice);

    Optional<StoredNotice> findByDedupeKey(String dedupeKey);

    List<StoredNotice> findByRecipientOrderByCreatedAtDesc(UUID recipient, Limit limit);

    long countByRecipientAndReadAtIsNull(UUID recipient);

    @Modifying
    @Transactional
    @Query("update StoredNotice n set n.readAt = current_timestamp where n.recipient = :recipient and n.readAt is null")
    int markAllRead(UUID recipient);
}
