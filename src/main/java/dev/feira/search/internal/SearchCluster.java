package dev.feira.search.internal;

import java.time.Duration;

import co.elastic.clients.elasticsearch.ElasticsearchClient;

/**
 * The Elasticsearch client plus a readiness gate: an embedded server starts in the background
 * while the rest of the application boots, and the first caller waits for it.
 */
final class SearchCluster implements AutoCloseable {

    private final ElasticsearchClient client;
    private final EmbeddedElasticsearch embedded;
    private volatile boolean ready;

    SearchCluster(ElasticsearchClient client, EmbeddedElasticsearch embedded) {
        this.client = client;
        this.embedded = embedded;
        this.ready = embedded == null;
    }

    ElasticsearchClient client() {
        if (!ready) {
            synchronized (this) {
                if (!ready) {
                    embedded.awaitHealthy(Duration.ofMinutes(3));
                    ready = true;
                }
            }
        }
        return client;
    }

    /** The HTTP client under {@link #client()}, for a body the typed client would send in pieces (see {@link ProductIndex}). */
    org.elasticsearch.client.RestClient lowLevelClient() {
        return ((co.elastic.clients.transport.rest_client.RestClientTransport) client()._transport()).restClient();
    }

    @Override
    public void close() throws java.io.IOException {
        client._transport().close();
    }
}
