package dev.feira.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.UUID;

import jakarta.mail.MessagingException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

import dev.feira.identity.PasswordPolicy;
import dev.feira.identity.PasswordResets;

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
    private static final SecureRandom RANDOM = new SecureRandom();

    private final UserAccounts users;
    private final JdbcClient sql;
    private final PasswordEncoder passwords;
    private final ObjectProvider<JavaMailSender> mail;
    private final PortalUrls urls;
    private final Clock clock;
    private final String from;

    PasswordResetDesk(UserAccounts users, JdbcClient sql, PasswordEncoder passwords, ObjectProvider<JavaMailSender> mail, PortalUrls urls,
                      Clock clock, @Value("${feira.mail.from:Feira <nao-responda@feira.localhost>}") String from) {
        this.users = users;
        this.sql = sql;
        this.passwords = passwords;
        this.mail = mail;
        this.urls = urls;
        this.clock = clock;
        this.from = from;
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
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        sql.sql("""
                        insert into password_reset (id, user_id, token_hash, created_at, expires_at)
                        values (:id, :user, :hash, :now, :expires)""")
                .param("id", UUID.randomUUID()).param("user", user.get().id()).param("hash", hash(token))
                .param("now", Timestamp.from(now)).param("expires", Timestamp.from(now.plus(VALID_FOR))).update();
        send(user.get().username(), urls.issuer() + "/signin/reset/" + token, locale);
    }

    @Override
    public void reset(String token, String newPassword) {
        Instant now = clock.instant();
        var open = sql.sql("select id, user_id, expires_at, used_at from password_reset where token_hash = :hash for update")
                .param("hash", hash(token == null ? "" : token))
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

    private void send(String to, String link, Locale locale) {
        var sender = mail.getIfAvailable();
        if (sender == null) {
            log.warn("No mail server: the password reset link for {} cannot be sent", to);
            return;
        }
        var texts = ResourceBundle.getBundle("vaadin-i18n.translations", locale == null ? Locale.forLanguageTag("pt-BR") : locale);
        String subject = texts.getString("password-reset.mail.subject");
        String body = new MessageFormat(texts.getString("password-reset.mail.body"), texts.getLocale()).format(new Object[] {VALID_FOR.toMinutes()});
        try {
            var message = sender.createMimeMessage();
            var helper = new MimeMessageHelper(message, true, "UTF-8");
            helper.setFrom(from);
            helper.setTo(to);
            helper.setSubject("Feira: " + subject);
            helper.setText(body + "\n\n" + link, """
                    <div style="font-family:Helvetica,Arial,sans-serif;max-width:560px"><h2 style="font-size:17px">%s</h2><p>%s</p>
                    <p><a href="%s" style="display:inline-block;padding:10px 18px;background:#1f5fae;color:#fff;text-decoration:none;\
                    border-radius:6px">%s</a></p></div>""".formatted(HtmlUtils.htmlEscape(subject), HtmlUtils.htmlEscape(body),
                    HtmlUtils.htmlEscape(link), HtmlUtils.htmlEscape(texts.getString("password-reset.mail.button"))));
            sender.send(message);
        } catch (MessagingException e) {
            log.warn("The password reset mail to {} could not be written", to, e);
        }
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
