package dev.feira.identity;

import java.net.URI;
import java.util.Optional;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;

/**
 * A person's phone number, read as people write it ("(11) 98765-4321", "+55 11 98765 4321"; Brazil when no country is
 * given), kept in E.164 ("+5511987654321").
 */
public record PhoneNumber(String e164) {

    private static final PhoneNumberUtil NUMBERS = PhoneNumberUtil.getInstance();

    public PhoneNumber {
        if (parsed(e164).isEmpty()) {
            throw new IllegalArgumentException("Not a phone number: " + e164);
        }
    }

    /** The number typed, if it is one that can be dialled; blank or not a number: empty. */
    public static Optional<PhoneNumber> read(String typed) {
        return parsed(typed).map(number -> new PhoneNumber(NUMBERS.format(number, PhoneNumberFormat.E164)));
    }

    private static Optional<com.google.i18n.phonenumbers.Phonenumber.PhoneNumber> parsed(String typed) {
        if (typed == null || typed.isBlank() || typed.length() > 40) {
            return Optional.empty();
        }
        try {
            var number = NUMBERS.parse(typed, "BR");
            return NUMBERS.isValidNumber(number) ? Optional.of(number) : Optional.empty();
        } catch (NumberParseException notANumber) {
            return Optional.empty();
        }
    }

    /** "+55 11 98765-4321": as it is written for people to read. */
    public String display() {
        return NUMBERS.format(parsed(e164).orElseThrow(), PhoneNumberFormat.INTERNATIONAL);
    }

    /** A tel: link, which phones and softphones dial. */
    public URI dial() {
        return URI.create("tel:" + e164);
    }

    /** The WhatsApp chat with this number (wa.me takes the digits with the country code). */
    public URI whatsApp() {
        return URI.create("https://wa.me/" + e164.substring(1));
    }
}
