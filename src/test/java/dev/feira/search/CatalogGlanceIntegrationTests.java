package dev.feira.search;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import dev.feira.search.CatalogSearch.CatalogQuery;
import dev.feira.search.CatalogSearch.Sort;
import dev.feira.shared.TenantContext;
import dev.feira.tenancy.TenantDirectory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A catalog page's glance (first hits, total and the filter panel's options in one request) says exactly what the
 * separate searches it replaced say: the page and count of the query, categories and brands of the words alone,
 * attribute values within the other choices, the in-stock count of the results.
 */
@SpringBootTest
@ActiveProfiles("test")
class CatalogGlanceIntegrationTests {

    private static final int PAGE = 50;

    @Autowired
    CatalogSearch search;
    @Autowired
    TenantDirectory tenants;

    @BeforeEach
    void indexed() {
        await().atMost(Duration.ofSeconds(120)).until(() -> inFerragens(() -> search.count(CatalogQuery.of(""))) >= 200);
    }

    @Test
    void aGlanceAgreesWithTheSearchesItReplaces() {
        var words = CatalogQuery.of("parafuso sextavado");
        var inox = words.withAttributes(Map.of("Material", "Aço Inox A2"));
        String category = inFerragens(() -> search.facets(words)).categories().getFirst().value();
        String brand = inFerragens(() -> search.facets(words)).brands().getFirst().value();

        for (var query : new CatalogQuery[] {words, inox, words.inCategory(Optional.of(category)), words.ofBrand(Optional.of(brand)),
                inox.inStockOnly(true), CatalogQuery.of("").sortedBy(Sort.NAME), words.sortedBy(Sort.LIST_PRICE_DESCENDING),
                words.sortedBy(Sort.NET_PRICE_ASCENDING)}) {
            var glance = inFerragens(() -> search.glance(query, PAGE));
            var ofWords = inFerragens(() -> search.facets(CatalogQuery.of(query.text()).inStockOnly(query.inStockOnly())));

            assertThat(glance.firstPage().hits()).as("hits of %s", query)
                    .isEqualTo(inFerragens(() -> search.search(query, 0, PAGE)).hits()).isNotEmpty();
            assertThat(glance.firstPage().total()).as("total of %s", query).isEqualTo(inFerragens(() -> search.count(query)));
            assertThat(glance.filterOptions().categories()).as("categories of %s", query).isEqualTo(ofWords.categories());
            assertThat(glance.filterOptions().brands()).as("brands of %s", query).isEqualTo(ofWords.brands());
            assertThat(glance.filterOptions().attributes()).as("attributes of %s", query)
                    .isEqualTo(inFerragens(() -> search.facets(query.withAttributes(Map.of()))).attributes());
            assertThat(glance.filterOptions().inStock()).as("in stock of %s", query)
                    .isEqualTo(inFerragens(() -> search.facets(query)).inStock());
        }
    }

    @Test
    void wordsThatNeverAllMatchStillFindWhatMostOfThemDo() {
        var query = CatalogQuery.of("parafuso sextavado zzqxw");

        var glance = inFerragens(() -> search.glance(query, PAGE));

        assertThat(glance.firstPage().total()).isPositive().isEqualTo(inFerragens(() -> search.count(query)));
        assertThat(glance.firstPage().hits()).isEqualTo(inFerragens(() -> search.search(query, 0, PAGE)).hits());
        assertThat(glance.filterOptions().categories()).isNotEmpty();
    }

    private <T> T inFerragens(Supplier<T> work) {
        return TenantContext.callAs(tenants.bySlug("ferragens").orElseThrow().id(), work);
    }
}
