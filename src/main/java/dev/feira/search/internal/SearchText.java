package dev.feira.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishMinimalStemmer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.pt.PortugueseLightStemmer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The words of a product text or a query as the index compares them: split as Lucene's standard
 * tokenizer splits, lower case, accents folded, quantities apart from their units ("16GB" is "16 gb"),
 * and lightly stemmed for Portuguese and English alike ("parafusos" and "parafuso", "cables" and
 * "cable"), because buyers type both languages in any catalog. Done in Java, at index and at query
 * time, as the embedded Elasticsearch has core analysis only; the index fields split on whitespace.
 */
final class SearchText {

    /** Units written against a number; "16gb" and "16 GB" must be the same words. */
    private static final Set<String> UNITS = Set.of("mm", "cm", "m", "km", "g", "kg", "mg", "ml", "l", "lt", "gb", "tb", "mb",
            "kb", "w", "kw", "v", "va", "kva", "mah", "hz", "ghz", "mhz", "in", "lb", "lbs", "gsm", "pol", "un", "pcs", "p", "k");
    private static final Pattern QUANTITY = Pattern.compile("(\\d+(?:[.,]\\d+)?)([a-z]+)");
    private static final Pattern DIMENSIONS = Pattern.compile("(\\d+(?:[.,]\\d+)?)x(\\d+(?:[.,]\\d+)?)");

    /** As written, folded: compounds are joined before they are stemmed ("marca texto" is "marcatexto"). */
    private final List<String> unstemmed;
    private final List<String> words;

    private SearchText(List<String> unstemmed) {
        this.unstemmed = List.copyOf(unstemmed);
        this.words = unstemmed.stream().map(SearchText::stem).toList();
    }

    static SearchText of(String text) {
        if (text == null || text.isBlank()) {
            return new SearchText(List.of());
        }
        List<String> words = new ArrayList<>();
        for (String token : tokens(text)) {
            if (!hasDigit(token)) { // only a number can carry a unit or a dimension
                words.add(token);
                continue;
            }
            Matcher dimensions = DIMENSIONS.matcher(token);
            Matcher quantity = QUANTITY.matcher(token);
            if (dimensions.matches()) {
                words.add(dimensions.group(1));
                words.add("x");
                words.add(dimensions.group(2));
            } else if (quantity.matches() && UNITS.contains(quantity.group(2))) {
                words.add(quantity.group(1));
                words.add(quantity.group(2));
            } else {
                words.add(token);
            }
        }
        return new SearchText(words);
    }

    /**
     * Standard tokenizer, lower case, accents folded. An analyzer keeps one token stream per thread and reuses it: building the
     * chain for every text was a fifth of a reindex's time.
     */
    private static final Analyzer WORDS = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            var tokenizer = new StandardTokenizer();
            return new TokenStreamComponents(tokenizer, new ASCIIFoldingFilter(new LowerCaseFilter(tokenizer)));
        }
    };

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = WORDS.tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a string does not fail to read
        }
        return tokens;
    }

    private static final EnglishMinimalStemmer ENGLISH = new EnglishMinimalStemmer();
    private static final PortugueseLightStemmer PORTUGUESE = new PortugueseLightStemmer();

    /** Plural and gender endings off; words with digits (models, sizes) stay as written. */
    static String stem(String word) {
        if (word.length() < 4 || hasDigit(word)) {
            return word;
        }
        char[] buffer = word.toCharArray();
        int length = ENGLISH.stem(buffer, buffer.length);
        length = PORTUGUESE.stem(buffer, length);
        return new String(buffer, 0, length);
    }

    /**
     * Words of labels products share (a brand, a category, attribute values): a catalog has a few hundred of them across
     * its 100,000 products, so a rebuild analyses each once instead of once per product.
     */
    private static final com.github.benmanes.caffeine.cache.Cache<String, String> LABEL_WORDS =
            com.github.benmanes.caffeine.cache.Caffeine.newBuilder().maximumSize(20_000).build();

    /** {@link #text()} of a label that many products share, analysed once. */
    static String labelWords(String label) {
        return label == null || label.isBlank() ? "" : LABEL_WORDS.get(label, text -> of(text).text());
    }

    boolean isEmpty() {
        return words.isEmpty();
    }

    List<String> words() {
        return words;
    }

    /** The words, as the index fields hold them. */
    String text() {
        return String.join(" ", words);
    }

    /**
     * The words and every two neighbours joined: a product named "Pen Drive" is also found as
     * "pendrive", and one named "Multiuso" by the query "multi uso" joined the same way.
     */
    String withPairsJoined() {
        var all = new LinkedHashSet<>(words);
        for (int i = 0; i + 1 < words.size(); i++) {
            if (joinable(unstemmed.get(i)) && joinable(unstemmed.get(i + 1))) {
                all.add(stem(unstemmed.get(i) + unstemmed.get(i + 1)));
            }
        }
        return String.join(" ", all);
    }

    /** The query once per pair of neighbours written together ("multi uso fita" → "multiuso fita", "multi usofita"). */
    List<String> pairJoinedVariants() {
        List<String> variants = new ArrayList<>();
        for (int i = 0; i + 1 < words.size() && variants.size() < 4; i++) {
            if (joinable(unstemmed.get(i)) && joinable(unstemmed.get(i + 1))) {
                List<String> joined = new ArrayList<>(words.subList(0, i));
                joined.add(stem(unstemmed.get(i) + unstemmed.get(i + 1)));
                joined.addAll(words.subList(i + 2, words.size()));
                variants.add(String.join(" ", joined));
            }
        }
        return variants;
    }

    /** Numbers and one-letter words are not halves of a compound ("a4", not "a" + "4"). */
    private static boolean joinable(String word) {
        return word.length() > 1 && word.chars().allMatch(Character::isLetter);
    }

    /** An identifier as compared: letters and digits only, lower case ("CF-258A" is "cf258a"). */
    static String code(String identifier) {
        if (identifier == null) {
            return "";
        }
        String folded = TextFolding.fold(identifier);
        var code = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                code.append(c);
            }
        }
        return code.toString();
    }

    /** Typed like a part number: letters with digits (at least four characters), or six digits and more. */
    static boolean looksLikeCode(String word) {
        if (!hasDigit(word)) { // most words of a name; no need to fold them
            return false;
        }
        String code = code(word);
        boolean digits = hasDigit(code);
        boolean letters = code.chars().anyMatch(Character::isLetter);
        return (digits && letters && code.length() >= 4) || (digits && !letters && code.length() >= 6);
    }

    private static boolean hasDigit(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.isDigit(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The identifiers a product may be asked for by: its SKU, GTIN and MPN, and the model numbers in
     * its name ("Logitech K120", "TN-760"), each as {@link #code}.
     */
    static List<String> codes(String name, String... identifiers) {
        var codes = new LinkedHashSet<String>();
        for (String identifier : identifiers) {
            String code = code(identifier);
            if (!code.isEmpty()) {
                codes.add(code);
            }
        }
        if (name != null) {
            for (String part : name.split("\\s+")) {
                if (looksLikeCode(part)) {
                    codes.add(code(part));
                }
            }
        }
        return List.copyOf(codes);
    }
}
