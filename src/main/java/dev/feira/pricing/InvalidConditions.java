package dev.feira.pricing;

import java.util.List;

/** Conditions that cannot apply, with every reason; nothing of them was saved. */
public class InvalidConditions extends RuntimeException {

    private final List<String> problems;

    public InvalidConditions(String source, List<String> problems) {
        super(source + ": " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
