package dev.feira.search.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * A buyer's query as the index is asked: its {@link SearchText} words, and the other ways of
 * writing them that count as the same — two neighbours written together, or a supplier's synonym
 * for a word or phrase ("nobreak" for "ups").
 *
 * @param raw      as typed, for exact identifiers
 * @param text     the words
 * @param variants the same query written otherwise, at most {@value #MAX_VARIANTS}
 */
record QueryWords(String raw, String text, List<String> variants, int wordCount) {

    static final int MAX_VARIANTS = 8;

    static QueryWords of(String query, SynonymGroups synonyms) {
        String raw = query == null ? "" : query.strip();
        var words = SearchText.of(raw);
        var variants = new LinkedHashSet<String>(words.pairJoinedVariants());
        for (List<String> replaced : synonyms.rewrite(words.words())) {
            variants.add(String.join(" ", replaced));
        }
        variants.remove(words.text());
        return new QueryWords(raw, words.text(), variants.stream().limit(MAX_VARIANTS).toList(), words.words().size());
    }

    /** The words as typed first, then the other ways of writing them. */
    List<String> textAndVariants() {
        var all = new ArrayList<String>();
        all.add(text);
        all.addAll(variants);
        return all;
    }

    /** A query of several words may fall back to all but one of them when nothing has them all. */
    boolean mayRelax() {
        return wordCount >= 2;
    }

    /**
     * A supplier's synonym groups as {@link SearchText} words: any member found in a query may stand
     * for any other of its group.
     */
    record SynonymGroups(List<List<List<String>>> groups) {

        static final SynonymGroups NONE = new SynonymGroups(List.of());

        static SynonymGroups of(List<List<String>> groupsOfTerms) {
            List<List<List<String>>> groups = new ArrayList<>();
            for (List<String> terms : groupsOfTerms) {
                var members = terms.stream().map(term -> SearchText.of(term).words()).filter(w -> !w.isEmpty()).distinct().toList();
                if (members.size() > 1) {
                    groups.add(members);
                }
            }
            return new SynonymGroups(List.copyOf(groups));
        }

        SynonymGroups and(SynonymGroups other) {
            if (other.groups.isEmpty()) {
                return this;
            }
            var all = new ArrayList<>(groups);
            all.addAll(other.groups);
            return new SynonymGroups(List.copyOf(all));
        }

        /** The query once per synonym of each member found in it. */
        List<List<String>> rewrite(List<String> words) {
            List<List<String>> rewritten = new ArrayList<>();
            for (var members : groups) {
                for (var member : members) {
                    int at = Collections.indexOfSubList(words, member);
                    if (at < 0) {
                        continue;
                    }
                    for (var other : members) {
                        if (!other.equals(member)) {
                            var replaced = new ArrayList<>(words.subList(0, at));
                            replaced.addAll(other);
                            replaced.addAll(words.subList(at + member.size(), words.size()));
                            rewritten.add(replaced);
                        }
                    }
                }
            }
            return rewritten;
        }
    }
}
