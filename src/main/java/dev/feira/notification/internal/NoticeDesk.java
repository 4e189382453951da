package dev.feira.notification.internal;

import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import dev.feira.identity.PortalLinks;
import dev.feira.notification.Notice;
import dev.feira.notification.Notifications;
import dev.feira.shared.TenantId;
import dev.feira.tenancy.TenantDirectory;

/**
 * Stores each notice once, tells the recipient's open pages and mails it. The mail is recorded as
 * sent only once the SMTP server took it, so a failed mail is sent again when the event that caused
 * it is delivered again.
 */
@Service
@Transactional
class NoticeDesk implements Notifications {

    private static final Logger log = LoggerFactory.getLogger(NoticeDesk.class);

    private final NoticeStore notices;
    private final LiveNotices live;
    private final NoticeMail mail;
    private final TransactionTemplate inTransaction;
    private final TenantDirectory tenants;
    private final PortalLinks links;

    NoticeDesk(NoticeStore notices, LiveNotices live, NoticeMail mail, PlatformTransactionManager transactions, TenantDirectory tenants,
               PortalLinks links) {
        this.tenants = tenants;
        this.links = links;
        this.notices = notices;
        this.live = live;
        this.mail = mail;
        this.inTransaction = new TransactionTemplate(transactions);
        this.inTransaction.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void send(Notice notice) {
        StoredNotice stored;
        try {
            stored = inTransaction.execute(status -> notices.findByDedupeKey(notice.dedupeKey())
                    .orElseGet(() -> notices.save(new StoredNotice(notice))));
        } catch (DataIntegrityViolationException raced) { // the same notice from two deliveries at once
            stored = notices.findByDedupeKey(notice.dedupeKey()).orElseThrow(() -> raced);
        }
        live.tell(notice.recipient(), notices.countByRecipientAndReadAtIsNull(notice.recipient()));
        if (!stored.mailed() && notice.email() != null && !notice.email().isBlank() && mail.available()) {
            mail.send(notice); // throws when the SMTP server refuses: the event is delivered again later
            var sent = stored;
            inTransaction.executeWithoutResult(status -> {
                sent.markMailed();
                notices.save(sent);
            });
            log.info("Mailed notice {} to {}", notice.key(), notice.email());
        }
    }

    @Override
    @Transactional(readOnly = true)
    public List<Received> latest(UUID recipient, int limit) {
        return notices.findByRecipientOrderByCreatedAtDesc(recipient, Limit.of(limit)).stream()
                .map(n -> n.received((supplier, link) -> tenants.byId(new TenantId(supplier)).map(s -> links.to(s, link)))).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public long unread(UUID recipient) {
        return notices.countByRecipientAndReadAtIsNull(recipient);
    }

    @Override
    public void markAllRead(UUID recipient) {
        notices.markAllRead(recipient);
        live.tell(recipient, 0);
    }
}
