package dev.feira.recovery;

/** A rule that cannot be saved as it is; the message says what to change. */
public class RuleRefusal extends RuntimeException {

    public RuleRefusal(String message) {
        super(message);
    }
}
