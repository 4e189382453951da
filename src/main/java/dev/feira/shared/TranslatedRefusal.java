package dev.feira.shared;

import java.util.List;

/**
 * A request refused for a reason the person can act on (an unknown SKU, an empty cart); nothing was changed. Carries
 * a translation key and its arguments, so the page and the API's problem document say it in the person's language,
 * and an English text for logs and callers that send no language.
 */
public class TranslatedRefusal extends RuntimeException {

    private final String key;
    private final List<Object> arguments;

    public TranslatedRefusal(String key, String english, Object... arguments) {
        super(english);
        this.key = key;
        this.arguments = List.of(arguments);
    }

    /** The translation key. */
    public String key() {
        return key;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}
