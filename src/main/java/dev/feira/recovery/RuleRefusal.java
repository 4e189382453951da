package dev.feira.recovery;

import com.ibm.icu.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.BiFunction;

/**
 * A rule that cannot be saved as it is; the message says what to change. It is said in the
 * reader's language where one is known ({@link #text}); {@link #getMessage()} is English, for the
 * API and the logs.
 */
public class RuleRefusal extends RuntimeException {

    private static final String PREFIX = "rule-refused.";
    private static final String FIELD_PREFIX = "rule-field.";

    /** A field of the rule named in a refusal: translated with the message. */
    public record Field(String key) {
    }

    private final String reason;
    private final transient List<Object> arguments;

    /** @param reason the message's key after {@value #PREFIX} in the application's translations */
    public RuleRefusal(String reason, Object... arguments) {
        super(text(reason, List.of(arguments), RuleRefusal::english));
        this.reason = reason;
        this.arguments = List.of(arguments);
    }

    public String reason() {
        return reason;
    }

    /** @param translation the text of a key with its arguments, in the reader's language (a view's {@code getTranslation}) */
    public String text(BiFunction<String, Object[], String> translation) {
        return text(reason, arguments, translation);
    }

    private static String text(String reason, List<Object> arguments, BiFunction<String, Object[], String> translation) {
        Object[] shown = arguments.stream()
                .map(argument -> argument instanceof Field field ? translation.apply(FIELD_PREFIX + field.key(), new Object[0]) : argument)
                .toArray();
        return translation.apply(PREFIX + reason, shown);
    }

    private static String english(String key, Object[] arguments) {
        var bundle = ResourceBundle.getBundle("vaadin-i18n.translations", Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(bundle.getString(key), Locale.ENGLISH).format(arguments);
    }
}
