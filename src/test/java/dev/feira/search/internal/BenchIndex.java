package dev.feira.search.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;

import dev.feira.catalog.ProductSnapshot;
import dev.feira.pricing.Assortment;
import dev.feira.search.CatalogSearch;
import dev.feira.shared.TenantId;

/** Opens the product index to the search benchmark (test code; see dev.feira.benchmarks). */
public final class BenchIndex implements AutoCloseable {

    private final SearchCluster cluster;
    private final ProductIndex index;
    /** The index being filled until {@link #ready()}. */
    private String fresh;

    private BenchIndex(SearchCluster cluster) {
        this.cluster = cluster;
        this.index = new ProductIndex(cluster, tenants -> QueryWords.SynonymGroups.NONE, IndexNames.DEFAULT);
    }

    /** The real embedded server, on a fresh data directory. */
    public static BenchIndex start() throws IOException {
        var embedded = EmbeddedElasticsearch.shared(Path.of("target/elasticsearch/elasticsearch-8.19.21"),
                Files.createTempDirectory("feira-bench-elasticsearch-"));
        var rest = RestClient.builder(HttpHost.create(embedded.url())).build();
        var client = new ElasticsearchClient(new RestClientTransport(rest, new Jackson3JsonpMapper()));
        var bench = new BenchIndex(new SearchCluster(client, embedded));
        bench.fresh = bench.index.startFill();
        return bench;
    }

    public void load(TenantId tenant, List<ProductSnapshot> products) {
        index.fill(tenant, products, 1);
    }

    public void ready() {
        index.completeFill(fresh);
    }

    /** The search the portal runs: text within the tenant and the buyer's assortment, best first. */
    public List<ProductSnapshot> search(TenantId tenant, Optional<Assortment> assortment, String text, int size) {
        return index.search(tenant, CatalogSearch.CatalogQuery.of(text).within(assortment), 0, size).hits();
    }

    @Override
    public void close() throws IOException {
        cluster.close();
    }
}
