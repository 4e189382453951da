package dev.feira.shared.sheet;

import java.util.List;
import java.util.Locale;

import dev.feira.shared.i18n.Translations;

/**
 * What is wrong in an uploaded sheet, where: the line (1 is the header) and the column, when known. {@code message} is
 * English; {@code key} and {@code arguments}, when given, say it in the reader's language ({@link #text}).
 */
public record SheetProblem(long line, String column, String message, String key, List<Object> arguments) {

    public SheetProblem(long line, String column, String message) {
        this(line, column, message, null, List.of());
    }

    /** A problem with its translation key ({@code sheet.problem.<key>}). */
    static SheetProblem of(long line, String column, String key, String english, Object... arguments) {
        return new SheetProblem(line, column, english, "sheet.problem." + key, List.of(arguments));
    }

    /** The problem in {@code locale}'s language (English when it has no text of its own). */
    public String text(Locale locale) {
        return key == null ? message : Translations.textOr(locale, message, key, arguments.toArray());
    }

    @Override
    public String toString() {
        return "line " + line + (column == null ? "" : ", column " + column) + ": " + message;
    }
}
