package dev.feira.testing;

import java.io.IOException;
import java.util.regex.Pattern;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;

import com.icegreen.greenmail.util.GreenMail;

/** Reads what the local mail server received, decoded as a mail client would (no quoted-printable line breaks). */
public final class Mailbox {

    private Mailbox() {
    }

    /** The first link to {@code path}… in a mail to the address received after the first {@code skip} mails, or null. */
    public static String link(GreenMail mail, String address, String path, int skip) {
        var pattern = Pattern.compile("https?://[^\\s\"<>]+/" + Pattern.quote(path) + "[A-Za-z0-9_-]*");
        var messages = mail.getReceivedMessages();
        for (int i = skip; i < messages.length; i++) {
            try {
                if (messages[i].getAllRecipients()[0].toString().equalsIgnoreCase(address)) {
                    var found = pattern.matcher(text(messages[i]));
                    if (found.find()) {
                        return found.group();
                    }
                }
            } catch (MessagingException | IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return null;
    }

    /** The token at the end of a link. */
    public static String token(String link) {
        return link.substring(link.lastIndexOf('/') + 1);
    }

    private static String text(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/*")) {
            return String.valueOf(part.getContent());
        }
        if (part.getContent() instanceof Multipart multipart) {
            var all = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                all.append(text(multipart.getBodyPart(i))).append('\n');
            }
            return all.toString();
        }
        return "";
    }
}
