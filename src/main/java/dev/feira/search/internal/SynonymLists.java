package dev.feira.search.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.feira.search.SearchSynonyms;
import dev.feira.search.SearchSynonyms.SynonymRefusal;

/** Synonym groups as suppliers write them: terms separated by commas, one group per line in a list. */
final class SynonymLists {

    private static final int MAX_TERM_LENGTH = 60;

    private SynonymLists() {
    }

    /** One group per line; blank lines and lines starting with {@code #} skipped. A bad line refuses the whole list. */
    static List<List<String>> parse(String lines) {
        List<List<String>> parsed = new ArrayList<>();
        String[] all = lines == null ? new String[0] : lines.split("\\R");
        for (int i = 0; i < all.length; i++) {
            String line = all[i].strip();
            if (!line.isEmpty() && !line.startsWith("#")) {
                parsed.add(parse(line, i + 1));
            }
        }
        return parsed;
    }

    static List<String> group(String terms) {
        return parse(terms, 0);
    }

    /**
     * Terms separated by commas (or semicolons, as spreadsheets export them), duplicates dropped as the
     * search compares them (case and accents aside).
     *
     * @param line the line number in a list, 0 for a single group
     */
    private static List<String> parse(String terms, int line) {
        Map<String, String> distinct = new LinkedHashMap<>();
        for (String term : Arrays.stream(terms == null ? new String[0] : terms.split("[,;]")).map(String::strip).toList()) {
            if (term.length() > MAX_TERM_LENGTH) {
                throw refused(line, "term-too-long", "A term has at most " + MAX_TERM_LENGTH + " characters", MAX_TERM_LENGTH);
            }
            String words = SearchText.of(term).text();
            if (!words.isEmpty()) {
                distinct.putIfAbsent(words, term);
            }
        }
        if (distinct.size() < 2) {
            throw refused(line, "too-few-terms", "A synonym group needs at least two different terms, separated by commas");
        }
        if (distinct.size() > SearchSynonyms.MAX_TERMS) {
            throw refused(line, "too-many-terms", "A synonym group has at most " + SearchSynonyms.MAX_TERMS + " terms", SearchSynonyms.MAX_TERMS);
        }
        return List.copyOf(distinct.values());
    }

    private static SynonymRefusal refused(int line, String key, String english, Object... arguments) {
        if (line == 0) {
            return new SynonymRefusal(key, english, arguments);
        }
        var withLine = new ArrayList<>(Arrays.asList(arguments));
        withLine.addFirst(line);
        return new SynonymRefusal("line." + key, "Line " + line + ": " + english, withLine.toArray());
    }
}
