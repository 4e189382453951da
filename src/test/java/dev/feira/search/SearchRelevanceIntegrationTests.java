package dev.feira.search;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import dev.feira.shared.TenantContext;
import dev.feira.tenancy.TenantDirectory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Search quality on the judged query set ({@code judged-queries.tsv}, written by
 * {@code tenants/tools/judge-queries.py}): buyers' queries over the demo catalogs, misspelt, split,
 * joined, singular and plural, in Portuguese and English, each with graded products. The mean
 * nDCG@10 must not drop below {@link #FLOOR}, the score recorded in the README. With
 * {@code -Dfeira.relevance.report=true} (as {@code bench/relevance} runs it) it prints every query's score.
 */
@SpringBootTest
@ActiveProfiles("test")
class SearchRelevanceIntegrationTests {

    /** The recorded score (README, "Search relevance"), less a little for ties broken differently. */
    static final double FLOOR = 0.94;
    private static final int DEPTH = 10;

    @Autowired
    CatalogSearch search;
    @Autowired
    TenantDirectory tenants;

    record Judged(String tenant, String query, Map<String, Integer> grades) {
    }

    @Test
    void buyersFindWhatTheyMeanAtLeastAsWellAsRecorded() throws IOException {
        List<Judged> judged = judgedQueries();
        assertThat(judged).hasSizeGreaterThanOrEqualTo(80);
        judged.stream().map(Judged::tenant).distinct().forEach(slug -> await().atMost(Duration.ofSeconds(120))
                .until(() -> as(slug, () -> search.count(CatalogSearch.CatalogQuery.of(""))) > 0));

        double sum = 0;
        int nothingFound = 0;
        var report = new StringBuilder();
        for (Judged query : judged) {
            List<String> skus = as(query.tenant(), () -> search.search(CatalogSearch.CatalogQuery.of(query.query()), 0, DEPTH))
                    .hits().stream().map(dev.feira.catalog.ProductSnapshot::sku).toList();
            double score = ndcg(skus, query.grades());
            sum += score;
            nothingFound += skus.isEmpty() ? 1 : 0;
            report.append(String.format("%.3f  %-10s %-32s %s%n", score, query.tenant(), query.query(),
                    skus.stream().limit(5).map(sku -> sku + ":" + query.grades().getOrDefault(sku, 0)).toList()));
        }
        double mean = sum / judged.size();
        if (Boolean.getBoolean("feira.relevance.report")) {
            System.out.print(report);
        }
        System.out.printf("Search relevance: nDCG@%d %.3f over %d judged queries (%d found nothing)%n", DEPTH, mean, judged.size(), nothingFound);
        assertThat(mean).as("mean nDCG@10 over the judged queries").isGreaterThanOrEqualTo(FLOOR);
    }

    /** Discounted gain of the ranking over that of the ideal ranking, with gains 2^grade − 1. */
    static double ndcg(List<String> ranked, Map<String, Integer> grades) {
        double dcg = 0;
        for (int i = 0; i < Math.min(DEPTH, ranked.size()); i++) {
            dcg += gain(grades.getOrDefault(ranked.get(i), 0)) / log2(i + 2);
        }
        List<Integer> ideal = grades.values().stream().sorted(java.util.Comparator.reverseOrder()).limit(DEPTH).toList();
        double idcg = 0;
        for (int i = 0; i < ideal.size(); i++) {
            idcg += gain(ideal.get(i)) / log2(i + 2);
        }
        return idcg == 0 ? 0 : dcg / idcg;
    }

    private static double gain(int grade) {
        return Math.pow(2, grade) - 1;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    private <T> T as(String slug, java.util.function.Supplier<T> work) {
        return TenantContext.callAs(tenants.bySlug(slug).orElseThrow().id(), work);
    }

    private static List<Judged> judgedQueries() throws IOException {
        Map<String, Judged> byQuery = new LinkedHashMap<>();
        try (InputStream in = SearchRelevanceIntegrationTests.class.getResourceAsStream("/search/judged-queries.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                byQuery.computeIfAbsent(cells[0] + "\t" + cells[1], key -> new Judged(cells[0], cells[1], new LinkedHashMap<>()))
                        .grades().put(cells[2], Integer.parseInt(cells[3]));
            }
        }
        return new ArrayList<>(byQuery.values());
    }
}
