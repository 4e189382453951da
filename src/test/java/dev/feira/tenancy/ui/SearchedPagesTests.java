package dev.feira.tenancy.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import com.vaadin.flow.data.provider.Query;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A grid's count and first page come from one search; nothing found earlier is shown after a later refresh. */
class SearchedPagesTests {

    private static final int PAGE = 3;

    private final List<String> searches = new ArrayList<>();
    private String words = "parafuso";
    private int stock = 10;
    private final SearchedPages<String, String> pages = new SearchedPages<>(() -> words, (wanted, page, size) -> {
        searches.add(wanted + "@" + page);
        var rows = IntStream.range(page * size, Math.min(stock, page * size + size)).mapToObj(i -> wanted + i).toList();
        return new SearchedPages.Found<>(rows, stock);
    }, PAGE);

    @Test
    void aRefreshSearchesOnceForTheCountAndTheFirstPage() {
        assertThat(pages.count(new Query<>())).isEqualTo(10);
        assertThat(pages.fetch(new Query<>(0, PAGE, List.of(), null, null))).containsExactly("parafuso0", "parafuso1", "parafuso2");

        assertThat(searches).containsExactly("parafuso@0");
    }

    @Test
    void aPageFoundAheadIsCountedAndShownWithoutSearching() {
        pages.foundAhead("parafuso", new SearchedPages.Found<>(List.of("a", "b", "c"), 7));

        assertThat(pages.count(new Query<>())).isEqualTo(7);
        assertThat(pages.fetch(new Query<>(0, PAGE, List.of(), null, null))).containsExactly("a", "b", "c");
        assertThat(searches).isEmpty();
    }

    @Test
    void laterPagesAndLaterRefreshesSearchAgain() {
        pages.count(new Query<>());
        pages.fetch(new Query<>(0, PAGE, List.of(), null, null));
        assertThat(pages.fetch(new Query<>(PAGE, PAGE, List.of(), null, null))).containsExactly("parafuso3", "parafuso4", "parafuso5");

        stock = 1; // the stock moved: the next refresh must not show the page found before
        assertThat(pages.count(new Query<>())).isEqualTo(1);
        assertThat(pages.fetch(new Query<>(0, PAGE, List.of(), null, null))).containsExactly("parafuso0");

        assertThat(searches).containsExactly("parafuso@0", "parafuso@1", "parafuso@0");
    }

    @Test
    void aCountWithoutAFetchIsNotReusedByTheNextCount() {
        stock = 0;
        assertThat(pages.count(new Query<>())).isZero(); // nothing found: the grid fetches nothing
        stock = 4;

        assertThat(pages.count(new Query<>())).isEqualTo(4);
        assertThat(searches).hasSize(2);
    }

    @Test
    void newWordsAreANewSearch() {
        pages.foundAhead("parafuso", new SearchedPages.Found<>(List.of("a"), 1));
        words = "porca";

        assertThat(pages.count(new Query<>())).isEqualTo(10);
        assertThat(pages.fetch(new Query<>(0, PAGE, List.of(), null, null))).containsExactly("porca0", "porca1", "porca2");
        assertThat(searches).containsExactly("porca@0");
    }
}
