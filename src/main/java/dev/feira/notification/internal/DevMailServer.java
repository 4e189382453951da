package dev.feira.notification.internal;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * With no SMTP server configured ({@code spring.mail.host}), mail goes to an embedded one
 * (GreenMail) on loopback, which keeps it for the dev mailbox page: a newcomer sees every mail
 * the app sends without setting anything up.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.mail.host:}'.isEmpty() and '${feira.mail.dev-mailbox:true}' == 'true'")
class DevMailServer {

    private static final Logger log = LoggerFactory.getLogger(DevMailServer.class);

    @Bean(destroyMethod = "stop")
    GreenMail greenMail() throws IOException {
        int port;
        try (var probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        var server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        log.info("No SMTP server configured (spring.mail.host): mail goes to the embedded one on 127.0.0.1:{}, shown at /dev/mailbox", port);
        return server;
    }

    @Bean
    JavaMailSender devMailSender(GreenMail greenMail) {
        var sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(greenMail.getSmtp().getPort());
        sender.setDefaultEncoding("UTF-8");
        return sender;
    }

    @Bean
    DevMailbox devMailbox(GreenMail greenMail) {
        return () -> Arrays.stream(greenMail.getReceivedMessages()).map(DevMailServer::read).toList().reversed();
    }

    /** The mail's plain-text part, wherever the multipart nests it. */
    private static java.util.Optional<String> plainText(jakarta.mail.Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/plain")) {
            return java.util.Optional.of(part.getContent().toString());
        }
        if (part.getContent() instanceof jakarta.mail.Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                var text = plainText(multipart.getBodyPart(i));
                if (text.isPresent()) {
                    return text;
                }
            }
        }
        return java.util.Optional.empty();
    }

    private static DevMailbox.Mail read(MimeMessage message) {
        try {
            return new DevMailbox.Mail(message.getSentDate() == null ? null : message.getSentDate().toInstant(),
                    Arrays.stream(message.getAllRecipients()).map(Object::toString).toList(),
                    message.getFrom() == null ? "" : message.getFrom()[0].toString(), message.getSubject(),
                    plainText(message).orElseGet(() -> GreenMailUtil.getBody(message)));
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("An unreadable mail in the dev mailbox", e);
        }
    }

}
