package dev.feira.identity;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

import dev.feira.testing.MovableClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * A forgotten password: the link comes by mail to the account's address only, works once, expires, and the new password
 * must pass the policy; asking for an unknown address sends nothing and says the same.
 */
@SpringBootTest
@ActiveProfiles("test")
class PasswordResetIntegrationTests {

    static final String RAFAEL = "rafael.nunes@escritoriototal.com.br";

    @Autowired
    PasswordResets resets;
    @Autowired
    GreenMail mail;
    @Autowired
    UserDetailsService users;
    @Autowired
    PasswordEncoder passwords;

    @AfterEach
    void timeAsItIs() {
        MovableClock.get().reset();
    }

    @Test
    void aLinkByMailSetsANewPasswordOnceAndExpires() {
        int before = mail.getReceivedMessages().length;
        resets.request("nobody@nowhere.example", Locale.ENGLISH);
        resets.request(RAFAEL.toUpperCase(Locale.ROOT), Locale.forLanguageTag("pt-BR"));

        var link = await().atMost(Duration.ofSeconds(10)).until(() -> linkTo(RAFAEL, before), l -> l != null);
        assertThat(java.util.Arrays.stream(mail.getReceivedMessages()).skip(before)).as("nothing for an unknown address").hasSize(1);
        String token = link.substring(link.lastIndexOf('/') + 1);

        assertThatThrownBy(() -> resets.reset(token, "curta")).isInstanceOf(PasswordResets.Refused.class)
                .extracting(e -> ((PasswordResets.Refused) e).key()).isEqualTo("password.too-short");
        assertThatThrownBy(() -> resets.reset("forged-" + token, "uma frase longa e bem lembrada")).isInstanceOf(PasswordResets.Refused.class)
                .extracting(e -> ((PasswordResets.Refused) e).key()).isEqualTo("password-reset.unknown");
        resets.reset(token, "uma frase longa e bem lembrada");
        assertThat(passwords.matches("uma frase longa e bem lembrada", users.loadUserByUsername(RAFAEL).getPassword())).isTrue();
        assertThatThrownBy(() -> resets.reset(token, "outra frase longa e bem lembrada")).isInstanceOf(PasswordResets.Refused.class)
                .extracting(e -> ((PasswordResets.Refused) e).key()).isEqualTo("password-reset.used");

        // A second link, left 31 minutes: expired, and the password stays.
        int later = mail.getReceivedMessages().length;
        resets.request(RAFAEL, Locale.ENGLISH);
        var second = await().atMost(Duration.ofSeconds(10)).until(() -> linkTo(RAFAEL, later), l -> l != null);
        MovableClock.get().advance(Duration.ofMinutes(31));
        assertThatThrownBy(() -> resets.reset(second.substring(second.lastIndexOf('/') + 1), "feira123 mas mais longa agora"))
                .isInstanceOf(PasswordResets.Refused.class).extracting(e -> ((PasswordResets.Refused) e).key()).isEqualTo("password-reset.expired");
        assertThat(passwords.matches("uma frase longa e bem lembrada", users.loadUserByUsername(RAFAEL).getPassword())).isTrue();

        restoreDemoPassword();
    }

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    /** The demo password is shorter than the policy allows: set back directly for the other tests, as the demo loader sets it. */
    private void restoreDemoPassword() {
        jdbc.update("update user_account set password_hash = ? where lower(username) = lower(?)", passwords.encode("feira123"), RAFAEL);
    }

    private String linkTo(String address, int after) {
        var messages = mail.getReceivedMessages();
        for (int i = after; i < messages.length; i++) {
            try {
                if (messages[i].getAllRecipients()[0].toString().equalsIgnoreCase(address)) {
                    var found = Pattern.compile("https?://\\S+/signin/reset/[A-Za-z0-9_-]+").matcher(GreenMailUtil.getBody(messages[i]));
                    if (found.find()) {
                        return found.group();
                    }
                }
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return null;
    }
}
