package dev.feira.browser;

import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** A rep who forgot the password asks for a link on the sign-in page, follows it from the mail and signs in with the new one. */
class PasswordResetBrowserTests extends BrowserTestSupport {

    static final String RAFAEL = "rafael.nunes@escritoriototal.com.br";

    @Autowired
    GreenMail mail;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @AfterEach
    void demoPasswordBack() {
        jdbc.update("update user_account set password_hash = ? where lower(username) = lower(?)", passwords.encode("feira123"), RAFAEL);
    }

    @Test
    void aForgottenPasswordIsReplacedThroughTheLinkInTheMail() {
        int before = mail.getReceivedMessages().length;
        page.navigate(url("escritorio.localhost", "/catalog"));
        page.locator("#sign-in").click();
        page.waitForURL(u -> u.startsWith(url("localhost", "/signin")));
        page.locator("#forgot-password").click();
        page.waitForURL(u -> u.contains("/signin/forgot"));
        page.locator("#forgot-email input").fill(RAFAEL);
        page.locator("#forgot-send").click();
        assertThat(page.locator("#forgot-sent")).containsText(RAFAEL);
        screenshot("asked");

        String link = org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).until(() -> linkIn(before), java.util.Objects::nonNull);
        page.navigate(link);
        page.locator("#reset-password input").fill("curta");
        page.locator("#reset-again input").fill("curta");
        page.locator("#reset-save").click();
        assertThat(page.locator("#reset-outcome")).containsText("15");
        page.locator("#reset-password input").fill("papelaria de confiança desde 1998");
        page.locator("#reset-again input").fill("papelaria de confiança desde 1998");
        page.locator("#reset-save").click();
        assertThat(page.locator("#reset-outcome")).containsText("new password is saved");
        page.setViewportSize(390, 844);
        screenshot("saved-390");
        page.setViewportSize(1280, 860);

        page.navigate(url("escritorio.localhost", "/catalog"));
        signIn(RAFAEL, "papelaria de confiança desde 1998");
        page.waitForURL(u -> u.startsWith(url("escritorio.localhost", "/")));
        assertThat(page.locator("body")).containsText("Rafael Nunes");
    }

    /** The reset link in the first mail to Rafael after the first {@code before} mails, if it came. */
    private String linkIn(int before) throws jakarta.mail.MessagingException {
        var messages = mail.getReceivedMessages();
        for (int i = before; i < messages.length; i++) {
            var found = Pattern.compile("https?://\\S+/signin/reset/[A-Za-z0-9_-]+").matcher(GreenMailUtil.getBody(messages[i]));
            if (messages[i].getAllRecipients()[0].toString().equalsIgnoreCase(RAFAEL) && found.find()) {
                return found.group();
            }
        }
        return null;
    }
}
