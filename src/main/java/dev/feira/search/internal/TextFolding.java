package dev.feira.search.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds text for matching: lower case, accents removed ("Açúcar" → "acucar"). Applied to documents
 * when indexed and to queries when searched, because the embedded server ships no ICU or
 * asciifolding analysis.
 */
final class TextFolding {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private TextFolding() {
    }

    static String fold(String text) {
        if (text == null) {
            return null;
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    }
}
