package dev.feira.tenancy.ui;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.function.SerializableSupplier;

/**
 * A lazily paged grid's count and rows from a search that finds a page and counts its hits in one look. After a
 * refresh Vaadin asks the grid's data for its size and then for its first page; asked separately, the index would
 * be searched twice for the same hits. Here the count keeps the first page it found (or one a view found ahead) and
 * hands it to the next fetch of that page, once: any later count or fetch searches again, so rows are never older
 * than the refresh that showed them.
 *
 * @param <K> what is searched for (the words, the filters): a new value is a new search
 * @param <T> a row
 */
public final class SearchedPages<K, T> implements Serializable {

    /** One page of rows and how many rows the search has in all. */
    public record Found<T>(List<T> rows, long total) implements Serializable {
    }

    @FunctionalInterface
    public interface Search<K, T> extends Serializable {
        Found<T> find(K wanted, int page, int size);
    }

    private final SerializableSupplier<K> wanted;
    private final Search<K, T> search;
    private final int pageSize;
    private K keptFor;
    private Found<T> kept;
    private boolean counted;

    /**
     * @param wanted   what the grid shows now
     * @param pageSize the grid's page size: what its first fetch asks for
     */
    public SearchedPages(SerializableSupplier<K> wanted, Search<K, T> search, int pageSize) {
        this.wanted = wanted;
        this.search = search;
        this.pageSize = pageSize;
    }

    /** A first page the view found already (with what else it showed from the same search), for this search. */
    public void foundAhead(K wanted, Found<T> firstPage) {
        keptFor = wanted;
        kept = firstPage;
        counted = false;
    }

    /** For {@code grid.setItems(fetch, count)}, whose rows may be made from these. */
    public int count(Query<?, ?> query) {
        K now = wanted.get();
        if (kept == null || counted || !Objects.equals(now, keptFor)) {
            foundAhead(now, search.find(now, 0, pageSize));
        }
        counted = true;
        return (int) Math.min(Integer.MAX_VALUE, kept.total());
    }

    /** For {@code grid.setItems(fetch, count)}, whose rows may be made from these. */
    public Stream<T> fetch(Query<?, ?> query) {
        K now = wanted.get();
        if (query.getOffset() == 0 && query.getLimit() <= pageSize && kept != null && Objects.equals(now, keptFor)) {
            var first = kept;
            kept = null;
            return first.rows().stream().limit(query.getLimit());
        }
        return search.find(now, query.getPage(), query.getPageSize()).rows().stream();
    }
}
