package dev.feira.rfq;

import dev.feira.shared.TranslatedRefusal;

/**
 * What the buyer or the supplier asked cannot be done as it is (a deadline in the past, a quote after the deadline, a
 * quote in another currency): nothing was changed. Its key is {@code rfq.refused.<key>}.
 */
public class RfqRefusal extends TranslatedRefusal {

    public RfqRefusal(String key, String english, Object... arguments) {
        super("rfq.refused." + key, english, arguments);
    }
}
