package dev.feira.identity;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import me.gosimple.nbvcxz.resources.DictionaryUtil;

/**
 * What a new password must be, after NIST SP 800-63B (revision 4): at least {@value #MIN_LENGTH} characters (a
 * password is the only factor here), at most {@value #MAX_LENGTH}, not one of the ~100,000 most common passwords, not
 * the person's own e-mail or the service's name — and no composition rules (no "a digit and a symbol"), which only
 * make passwords harder to remember and no harder to guess. Checked wherever a password is set.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 15;
    public static final int MAX_LENGTH = 128;

    /** Why a password is refused: a translation key ({@code password.<key>}) and the same in English for logs and the API. */
    public enum Refusal {
        TOO_SHORT("too-short", "is shorter than " + MIN_LENGTH + " characters"),
        TOO_LONG("too-long", "is longer than " + MAX_LENGTH + " characters"),
        COMMON("common", "is one of the most common passwords"),
        PERSONAL("personal", "is made of the e-mail address or the service's name");

        private final String key;
        private final String english;

        Refusal(String key, String english) {
            this.key = key;
            this.english = english;
        }

        public String key() {
            return "password." + key;
        }

        @Override
        public String toString() {
            return english;
        }
    }

    private static final Map<String, Integer> COMMON = DictionaryUtil.loadRankedDictionary(DictionaryUtil.passwords);

    private PasswordPolicy() {
    }

    /** Empty when the password may be used by the person with this e-mail address. */
    public static Optional<Refusal> check(String password, String email) {
        int length = password == null ? 0 : password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of(Refusal.TOO_SHORT);
        }
        if (length > MAX_LENGTH) {
            return Optional.of(Refusal.TOO_LONG);
        }
        String folded = password.toLowerCase(Locale.ROOT);
        if (COMMON.containsKey(folded)) {
            return Optional.of(Refusal.COMMON);
        }
        String local = email == null ? "" : email.toLowerCase(Locale.ROOT).split("@")[0];
        String stripped = folded.replaceAll("[^\\p{L}\\p{N}]", "");
        if ((!local.isBlank() && stripped.replace(local.replaceAll("[^\\p{L}\\p{N}]", ""), "").length() < 4)
                || stripped.replace("feira", "").length() < 4) {
            return Optional.of(Refusal.PERSONAL);
        }
        return Optional.empty();
    }
}
