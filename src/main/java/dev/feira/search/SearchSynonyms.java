package dev.feira.search;

import java.util.List;

/**
 * The current supplier's synonyms: groups of words and phrases its buyers use for the same thing
 * ("nobreak, ups, estabilizador"). A query holding one member also finds what the others find, from
 * the next search on, without reindexing. Read by its staff; changed by its admins and its systems,
 * anyone else is refused with an {@code AccessDeniedException}.
 */
public interface SearchSynonyms {

    /** A group has at least two terms and at most {@value}. */
    int MAX_TERMS = 20;

    /** At most this many groups per supplier. */
    int MAX_GROUPS = 2_000;

    List<SynonymGroup> all();

    /**
     * @param terms the group as written: terms separated by commas ("celular, smartphone")
     * @throws SynonymRefusal when fewer than two distinct terms remain, a term is too long, or the supplier has
     *                        {@value #MAX_GROUPS} groups already
     */
    SynonymGroup add(String terms);

    /**
     * Replaces every group with those of a list, one group per line (as the app's paste field and the API's
     * import take them); blank lines and lines starting with {@code #} are skipped. All or nothing: a bad line
     * is refused with its number and nothing changes.
     *
     * @return the groups now in force
     */
    List<SynonymGroup> replaceAll(String lines);

    void remove(SynonymGroupId group);

    record SynonymGroup(SynonymGroupId id, List<String> terms) {
    }

    /** A synonym group that cannot be saved as given; its key is {@code search.synonyms.refused.<key>}. */
    class SynonymRefusal extends dev.feira.shared.TranslatedRefusal {
        public SynonymRefusal(String key, String english, Object... arguments) {
            super("search.synonyms.refused." + key, english, arguments);
        }
    }
}
