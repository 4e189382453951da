package dev.feira.identity;

/**
 * Why identity refused a request a person made (a link, a password, an invitation): a translation key for the page or
 * the API's problem document, and the same in English for logs.
 */
public class Refusal extends RuntimeException {

    private final String key;

    public Refusal(String key, String message) {
        super(message);
        this.key = key;
    }

    public String key() {
        return key;
    }
}
