package dev.feira.catalog;

/**
 * One node of a supplier's category tree.
 *
 * @param path     the node's full path, e.g. "Fixadores > Parafusos": what products and product groups name
 * @param products how many products are in this category or below it
 */
public record CategoryNode(String path, String name, int depth, long products) {

    public static final String SEPARATOR = " > ";

    /** The parent's path; empty for a top-level category. */
    public java.util.Optional<String> parent() {
        int at = path.lastIndexOf(SEPARATOR);
        return at < 0 ? java.util.Optional.empty() : java.util.Optional.of(path.substring(0, at));
    }
}
