package dev.feira.identity.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.feira.identity.PasswordPolicy;
import dev.feira.identity.PasswordResets;
import dev.feira.shared.mail.LinkMail;
import dev.feira.shared.secrets.LinkTokens;

/**
 * Forgotten passwords. A link carries 32 random bytes; the table keeps their SHA-256 only. The mail goes out after the
 * link is stored (its transaction commits first would be better still, but a lost mail only means asking again).
 */
@Service
@Transactional
class PasswordResetDesk implements PasswordResets {

    private static final Logger log = LoggerFactory.getLogger(PasswordResetDesk.class);
    private static final Duration VALID_FOR = Duration.ofMinutes(30);
    private static final int PER_HOUR = 3;

    private final UserAccounts users;
    private final JdbcClient sql;
    private final PasswordEncoder passwords;
    private final LinkMail mail;
    private final PortalUrls urls;
    private final Clock clock;

    PasswordResetDesk(UserAccounts users, JdbcClient sql, PasswordEncoder passwords, LinkMail mail, PortalUrls urls, Clock clock) {
        this.users = users;
        this.sql = sql;
        this.passwords = passwords;
        this.mail = mail;
        this.urls = urls;
        this.clock = clock;
    }

    @Override
    public void request(String email, Locale locale) {
        if (email == null || email.isBlank() || email.length() > 200) {
            return;
        }
        var user = users.findByUsernameIgnoreCase(email.strip()).filter(UserAccount::enabled);
        if (user.isEmpty()) {
            return; // the same answer as for an account: nobody learns who has one
        }
        Instant now = clock.instant();
        int recent = sql.sql("select count(*) from password_reset where user_id = :user and created_at > :since")
                .param("user", user.get().id()).param("since", Timestamp.from(now.minus(Duration.ofHours(1)))).query(Integer.class).single();
        if (recent >= PER_HOUR) {
            log.info("Password reset for {} not sent: {} links in the last hour", user.get().id(), recent);
            return;
        }
        String token = LinkTokens.newToken();
        sql.sql("""
                        insert into password_reset (id, user_id, token_hash, created_at, expires_at)
                        values (:id, :user, :hash, :now, :expires)""")
                .param("id", UUID.randomUUID()).param("user", user.get().id()).param("hash", LinkTokens.hash(token))
                .param("now", Timestamp.from(now)).param("expires", Timestamp.from(now.plus(VALID_FOR))).update();
        mail.send(user.get().username(), locale, "password-reset.mail", urls.issuer() + "/signin/reset/" + token, VALID_FOR.toMinutes());
    }

    @Override
    public void reset(String token, String newPassword) {
        Instant now = clock.instant();
        var open = sql.sql("select id, user_id, expires_at, used_at from password_reset where token_hash = :hash for update")
                .param("hash", LinkTokens.hash(token))
                .query((rs, n) -> new Link(rs.getObject("id", UUID.class), rs.getObject("user_id", UUID.class),
                        rs.getTimestamp("expires_at").toInstant(), rs.getTimestamp("used_at")))
                .optional()
                .orElseThrow(() -> new Refused("password-reset.unknown", "This link is not one Feira sent"));
        if (open.usedAt() != null) {
            throw new Refused("password-reset.used", "This link was used already: ask for a new one");
        }
        if (!now.isBefore(open.expiresAt())) {
            throw new Refused("password-reset.expired", "This link expired: ask for a new one");
        }
        var user = users.findById(open.user()).filter(UserAccount::enabled)
                .orElseThrow(() -> new Refused("password-reset.unknown", "This link is not one Feira sent"));
        PasswordPolicy.check(newPassword, user.username()).ifPresent(refusal -> {
            throw new Refused(refusal.key(), "The password " + refusal);
        });
        user.changePassword(passwords.encode(newPassword));
        users.save(user);
        // This link and any other still open for the account stop working.
        sql.sql("update password_reset set used_at = :now where user_id = :user and used_at is null")
                .param("now", Timestamp.from(now)).param("user", open.user()).update();
    }

    private record Link(UUID id, UUID user, Instant expiresAt, Timestamp usedAt) {
    }
}
