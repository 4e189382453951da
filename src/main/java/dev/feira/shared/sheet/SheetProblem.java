package dev.feira.shared.sheet;

/** What is wrong in an uploaded sheet, where: the line (1 is the header) and the column, when known. */
public record SheetProblem(long line, String column, String message) {

    @Override
    public String toString() {
        return "line " + line + (column == null ? "" : ", column " + column) + ": " + message;
    }
}
