package dev.feira.identity;

import dev.feira.shared.TranslatedRefusal;

/**
 * Why identity refused a request a person made (a link, a password, an invitation, an address): a translation key for
 * the page or the API's problem document, and the same in English for logs.
 */
public class Refusal extends TranslatedRefusal {

    public Refusal(String key, String message) {
        super(key, message);
    }
}
