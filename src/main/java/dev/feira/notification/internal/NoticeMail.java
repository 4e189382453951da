package dev.feira.notification.internal;

import com.ibm.icu.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

import jakarta.mail.MessagingException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailSendException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import dev.feira.identity.PortalLinks;
import dev.feira.notification.Notice;
import dev.feira.tenancy.TenantDirectory;
import dev.feira.tenancy.TenantProfile;

/**
 * A notice as an e-mail: in the supplier's language, with its name and colour, and a button to the
 * page the notice is about. Notices about no supplier are Feira's, in Portuguese.
 */
@Component
class NoticeMail {

    private final ObjectProvider<JavaMailSender> sender;
    private final TenantDirectory tenants;
    private final PortalLinks links;
    private final String from;

    NoticeMail(ObjectProvider<JavaMailSender> sender, TenantDirectory tenants, PortalLinks links,
               @Value("${feira.mail.from:Feira <nao-responda@feira.localhost>}") String from) {
        this.sender = sender;
        this.tenants = tenants;
        this.links = links;
        this.from = from;
    }

    /** Whether mail can be sent at all: production without an SMTP server keeps notices under the bell only. */
    boolean available() {
        return sender.getIfAvailable() != null;
    }

    void send(Notice notice) {
        JavaMailSender sender = this.sender.getObject();
        var supplier = notice.supplier().flatMap(tenants::byId);
        Locale locale = supplier.map(TenantProfile::defaultLocale).orElse(Locale.forLanguageTag("pt-BR"));
        var texts = ResourceBundle.getBundle("vaadin-i18n.translations", locale);
        Object[] arguments = notice.arguments().toArray();
        String subject = format(texts, "notice." + notice.key() + ".title", arguments, locale);
        String body = format(texts, "notice." + notice.key() + ".body", arguments, locale);
        String name = supplier.map(TenantProfile::name).orElse("Feira");
        String colour = supplier.map(TenantProfile::primaryColor).orElse("#1f5fae");
        String link = notice.link() == null ? null : supplier.map(s -> links.to(s, notice.link())).orElse(null);
        try {
            var message = sender.createMimeMessage();
            var mail = new MimeMessageHelper(message, true, "UTF-8");
            mail.setFrom(from.replace("Feira", name.replace("<", "").replace(">", "")));
            mail.setTo(notice.email());
            mail.setSubject(name + ": " + subject);
            mail.setText(body + (link == null ? "" : "\n\n" + link), html(name, colour, subject, body, link,
                    format(texts, "notice.open", new Object[0], locale)));
            sender.send(message);
        } catch (MessagingException e) {
            throw new MailSendException("Could not write the mail of notice " + notice.dedupeKey(), e);
        }
    }

    private static String html(String supplier, String colour, String subject, String body, String link, String open) {
        String button = link == null ? "" : """
                <p><a href="%s" style="display:inline-block;padding:10px 18px;background:%s;color:#fff;text-decoration:none;\
                border-radius:6px">%s</a></p>""".formatted(HtmlUtils.htmlEscape(link), colour, HtmlUtils.htmlEscape(open));
        return """
                <div style="font-family:Helvetica,Arial,sans-serif;max-width:560px">
                <div style="border-bottom:4px solid %s;padding:8px 0;font-size:20px;font-weight:bold;color:%s">%s</div>
                <h2 style="font-size:17px">%s</h2><p>%s</p>%s</div>""".formatted(colour, colour, HtmlUtils.htmlEscape(supplier),
                HtmlUtils.htmlEscape(subject), HtmlUtils.htmlEscape(body).replace("\n", "<br>"), button);
    }

    private static String format(ResourceBundle texts, String key, Object[] arguments, Locale locale) {
        return new MessageFormat(texts.getString(key), locale).format(arguments);
    }
}
