package dev.feira.search;

/** The search index cannot be reached just now (down, restarting): the catalog is still there, searching is not. */
public class SearchUnavailable extends RuntimeException {

    public SearchUnavailable(Throwable cause) {
        super("Search is unavailable right now", cause);
    }
}
