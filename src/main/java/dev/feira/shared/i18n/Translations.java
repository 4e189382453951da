package dev.feira.shared.i18n;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

import com.ibm.icu.text.MessageFormat;

/**
 * Every text the product shows, mails, prints or answers, in the languages it speaks. Patterns with arguments are
 * ICU message formats, so a count reads "1 produto" and "2 produtos" ({@code {0, plural, one {# produto} other {#
 * produtos}}}) rather than "produto(s)"; patterns without arguments are shown as written. One place, so the screen, a
 * PDF and an API refusal say the same thing the same way.
 */
public final class Translations {

    /** The languages Feira speaks; the first is the default of a Brazilian marketplace. */
    public static final List<Locale> LANGUAGES = List.of(Locale.forLanguageTag("pt-BR"), Locale.ENGLISH);

    /**
     * The HTTP session's attribute holding the {@link Locale} the visitor chose on a page: pages outside Vaadin (the
     * sign-in form) speak it too.
     */
    public static final String CHOSEN_LANGUAGE = "feira.language";

    private static final String BUNDLE = "vaadin-i18n.translations";
    /** A parsed pattern is immutable once built and formatting is synchronized by ICU: parse each once per language. */
    private static final Map<String, MessageFormat> PATTERNS = new ConcurrentHashMap<>();

    private Translations() {
    }

    /**
     * The text of {@code key} in {@code locale} (its language's, else the default bundle's), formatted with
     * {@code arguments}.
     *
     * @throws MissingResourceException when no bundle has the key
     */
    public static String text(Locale locale, String key, Object... arguments) {
        Locale language = locale == null ? LANGUAGES.getFirst() : locale;
        ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, language);
        String pattern = texts.getString(key);
        if (arguments == null || arguments.length == 0) {
            return pattern;
        }
        Locale resolved = texts.getLocale().getLanguage().isEmpty() ? Locale.ENGLISH : texts.getLocale();
        return PATTERNS.computeIfAbsent(resolved.toLanguageTag() + "\n" + key, k -> new MessageFormat(pattern, resolved))
                .format(arguments);
    }

    /** As {@link #text}, or {@code otherwise} when no bundle has the key. */
    public static String textOr(Locale locale, String otherwise, String key, Object... arguments) {
        try {
            return text(locale, key, arguments);
        } catch (MissingResourceException untranslated) {
            return otherwise;
        }
    }

    /** The language of {@link #LANGUAGES} closest to {@code wanted} (same language, any country), else the default. */
    public static Locale closest(Locale wanted) {
        return LANGUAGES.stream().filter(l -> wanted != null && l.getLanguage().equals(wanted.getLanguage())).findFirst()
                .orElse(LANGUAGES.getFirst());
    }
}
