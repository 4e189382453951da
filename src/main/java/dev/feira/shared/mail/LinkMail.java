package dev.feira.shared.mail;

import com.ibm.icu.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

import jakarta.mail.MessagingException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * A short mail whose point is one link (a password reset, an e-mail to verify, an invitation), in the reader's language:
 * plain text and HTML with the link as a button. Texts are translation keys: {@code <key>.subject},
 * {@code <key>.body} (with arguments) and {@code <key>.button}.
 */
@Component
public class LinkMail {

    private static final Logger log = LoggerFactory.getLogger(LinkMail.class);
    private static final Locale DEFAULT = Locale.forLanguageTag("pt-BR");

    private final ObjectProvider<JavaMailSender> mail;
    private final String from;

    LinkMail(ObjectProvider<JavaMailSender> mail, @Value("${feira.mail.from:Feira <nao-responda@feira.localhost>}") String from) {
        this.mail = mail;
        this.from = from;
    }

    /** @return whether the mail was handed to the mail server */
    public boolean send(String to, Locale locale, String key, String link, Object... bodyArguments) {
        var sender = mail.getIfAvailable();
        if (sender == null) {
            log.warn("No mail server: the {} mail to {} cannot be sent", key, to);
            return false;
        }
        var texts = ResourceBundle.getBundle("vaadin-i18n.translations", locale == null ? DEFAULT : locale);
        String subject = texts.getString(key + ".subject");
        String body = bodyArguments.length == 0 ? texts.getString(key + ".body")
                : new MessageFormat(texts.getString(key + ".body"), texts.getLocale()).format(bodyArguments);
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
                    HtmlUtils.htmlEscape(link), HtmlUtils.htmlEscape(texts.getString(key + ".button"))));
            sender.send(message);
            return true;
        } catch (MessagingException e) {
            log.warn("The {} mail to {} could not be written", key, to, e);
            return false;
        }
    }
}
