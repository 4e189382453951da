package dev.feira.onboarding;

/**
 * A sign-up or set-up step refused: which field (for the form to mark; null for the whole request), a translation key
 * ({@code signup.*}, {@code slug.*}, {@code password.*}, {@code branding.*}) with its arguments, and English for logs and
 * the API. Nothing was changed.
 */
public class SignupRefused extends RuntimeException {

    private final String field;
    private final String key;
    private final transient Object[] arguments;

    public SignupRefused(String field, String key, String message, Object... arguments) {
        super(message);
        this.field = field;
        this.key = key;
        this.arguments = arguments;
    }

    public String field() {
        return field;
    }

    public String key() {
        return key;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
