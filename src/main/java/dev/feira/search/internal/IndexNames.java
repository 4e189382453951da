package dev.feira.search.internal;

import java.util.Collection;

/**
 * The names the products index goes by. Searches read through {@link #alias()}; a full reindex fills a fresh index
 * under {@link #filling()} and moves the alias to it in one step. Each mapping version has two indices that take turns
 * ({@code -a}, {@code -b}): the one being filled never has the name of the one serving.
 *
 * @param alias what searches read through; deployments keep {@code feira-products}, each test context its own
 */
record IndexNames(String alias) {

    /** The mapping's version: a new one is filled beside the old, then the alias swaps to it. */
    static final String VERSION = "v6";
    /** Versions from before the alias existed: dropped once a version is filled. */
    private static final java.util.List<String> LEGACY = java.util.List.of("v1", "v2");

    static final IndexNames DEFAULT = new IndexNames("feira-products");

    /** The alias of the index being filled, which every instance writes to besides the live one until it swaps in. */
    String filling() {
        return alias + "-filling";
    }

    /** The first index of this version, as it was named before reindexes took turns. */
    String version() {
        return alias + "-" + VERSION;
    }

    /** Every index that may carry these names' aliases. */
    String pattern() {
        return alias + "-*";
    }

    boolean ofThisVersion(String index) {
        return index.equals(version()) || index.startsWith(version() + "-");
    }

    /** The index a full reindex fills while {@code live} serves. */
    String next(Collection<String> live) {
        return live.contains(version() + "-a") ? version() + "-b" : version() + "-a";
    }

    java.util.List<String> legacy() {
        return LEGACY.stream().map(v -> alias + "-" + v).toList();
    }
}
