package dev.feira.rfq;

import java.util.List;

/**
 * What the buyer or the supplier asked cannot be done as it is (a deadline in the past, a quote after the deadline, a
 * quote in another currency): nothing was changed. Carries a message key and its arguments for the user's language,
 * and an English text for logs and the API.
 */
public class RfqRefusal extends RuntimeException {

    private final String key;
    private final List<Object> arguments;

    public RfqRefusal(String key, String english, Object... arguments) {
        super(english);
        this.key = key;
        this.arguments = List.of(arguments);
    }

    /** The translation key, {@code rfq.refused.<key>}. */
    public String key() {
        return "rfq.refused." + key;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}
