package dev.feira.search.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

import dev.feira.testing.IntegrationApiClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A supplier's ERP teaches the search its buyers' words: it reads what buyers searched in vain, adds a synonym, and
 * the next search finds the products — at that supplier only. Buyers may neither read nor change the words.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SearchWordsApiIntegrationTests {

    static final String FERRAGENS = "ferragens.localhost";
    static final String ESCRITORIO = "escritorio.localhost";

    @LocalServerPort
    int port;

    IntegrationApiClient api;
    String erp;
    String buyer;

    @BeforeEach
    void catalogsAreIndexed() {
        api = new IntegrationApiClient(port);
        erp = api.token("ferragens-erp", "ferragens-erp-secret-123");
        buyer = api.token("horizonte-compras", "horizonte-compras-secret-123");
        await().atMost(Duration.ofSeconds(90)).until(() -> total(FERRAGENS, "fita") > 0 && total(ESCRITORIO, "fita") > 0);
    }

    @Test
    void aMissedWordBecomesASynonymAndFindsTheProductsAtThatSupplierOnly() {
        // Searched as typed: the partial word moments before is not kept.
        assertThat(total(FERRAGENS, "silvert")).isZero();
        assertThat(total(FERRAGENS, "silvertape")).isZero();
        var misses = api.body(api.get(FERRAGENS, "/api/v1/search/misses?days=1", erp));
        assertThat(queries(misses)).contains("silvertape").doesNotContain("silvert");

        var added = api.post(FERRAGENS, "/api/v1/search/synonyms", erp, "application/json",
                bytes("{\"terms\":[\"silvertape\",\"fita\"]}"));
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        String id = api.body(added).path("id").asString();
        try {
            var found = api.body(api.get(FERRAGENS, "/api/v1/search?q=silvertape", buyer));
            assertThat(found.path("total").asLong()).isPositive();
            assertThat(found.path("hits").get(0).path("name").asString()).startsWith("Fita");
            // Escritório sells tape too, but Ferragens's words are not Escritório's.
            assertThat(total(ESCRITORIO, "silvertape")).isZero();
            assertThat(api.body(api.get(ESCRITORIO, "/api/v1/search/synonyms", api.token("escritorio-erp", "escritorio-erp-secret-123"))).toString())
                    .doesNotContain("silvertape");
        } finally {
            assertThat(api.delete(FERRAGENS, "/api/v1/search/synonyms/" + id, erp).statusCode()).isEqualTo(204);
        }
        assertThat(total(FERRAGENS, "silvertape")).isZero();
    }

    @Test
    void aListWithABadLineIsRefusedByLineInTheCallersLanguageAndChangesNothing() {
        var before = api.body(api.get(FERRAGENS, "/api/v1/search/synonyms", erp));

        var refused = api.call("PUT", FERRAGENS, "/api/v1/search/synonyms", erp, "text/plain",
                bytes("bucha, tarugo\nsó uma palavra\n"), "Accept-Language", "pt-BR");

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(api.body(refused).path("detail").asString()).contains("Linha 2").contains("dois termos");
        assertThat(api.body(api.get(FERRAGENS, "/api/v1/search/synonyms", erp))).isEqualTo(before);
    }

    @Test
    void aListReplacesEveryGroup() {
        var before = api.body(api.get(FERRAGENS, "/api/v1/search/synonyms", erp));
        var lines = new ArrayList<String>();
        before.forEach(group -> lines.add(String.join(", ", group.path("terms").valueStream().map(JsonNode::asString).toList())));
        try {
            var replaced = api.call("PUT", FERRAGENS, "/api/v1/search/synonyms", erp, "text/plain",
                    bytes("# from the ERP\nsilvertape, fita\n\nmartelete, furadeira de impacto\n"));

            assertThat(replaced.statusCode()).as(replaced.body()).isEqualTo(200);
            assertThat(api.body(replaced)).hasSize(2);
            assertThat(total(FERRAGENS, "silvertape")).isPositive();
        } finally {
            api.call("PUT", FERRAGENS, "/api/v1/search/synonyms", erp, "text/plain", bytes(String.join("\n", lines)));
        }
        assertThat(api.body(api.get(FERRAGENS, "/api/v1/search/synonyms", erp))).hasSize(before.size());
    }

    @Test
    void buyersMayNeitherReadNorChangeASuppliersWords() {
        assertThat(api.get(FERRAGENS, "/api/v1/search/synonyms", buyer).statusCode()).isEqualTo(403);
        assertThat(api.get(FERRAGENS, "/api/v1/search/misses", buyer).statusCode()).isEqualTo(403);
        assertThat(api.post(FERRAGENS, "/api/v1/search/synonyms", buyer, "application/json",
                bytes("{\"terms\":[\"silvertape\",\"fita\"]}")).statusCode()).isEqualTo(403);
        assertThat(total(FERRAGENS, "silvertape")).isZero();
    }

    private long total(String host, String query) {
        return api.body(api.get(host, "/api/v1/search?q=" + query, buyer)).path("total").asLong();
    }

    private static List<String> queries(JsonNode misses) {
        return misses.valueStream().map(miss -> miss.path("query").asString()).toList();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
