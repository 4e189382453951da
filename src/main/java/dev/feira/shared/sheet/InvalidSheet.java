package dev.feira.shared.sheet;

import java.util.List;

/** A sheet with problems: nothing of it is applied. Carries every problem, so the file is fixed in one pass. */
public final class InvalidSheet extends RuntimeException {

    private final String source;
    private final List<SheetProblem> problems;

    public InvalidSheet(String source, List<SheetProblem> problems) {
        super(source + ": " + problems.size() + " problem(s): "
                + String.join("; ", problems.stream().limit(20).map(SheetProblem::toString).toList()));
        this.source = source;
        this.problems = List.copyOf(problems);
    }

    public String source() {
        return source;
    }

    public List<SheetProblem> problems() {
        return problems;
    }
}
