package dev.feira.search.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import org.apache.http.Header;
import org.apache.http.HttpHost;
import org.apache.http.message.BasicHeader;
import org.elasticsearch.client.RestClient;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Connects to {@code feira.elasticsearch.url} when set (one node's address, or a cluster's nodes separated by
 * commas); otherwise starts the embedded server
 * (see {@link EmbeddedElasticsearch}).
 */
@Configuration(proxyBeanMethods = false)
class ElasticsearchConfiguration {

    /** Deployments keep the default; each test context has names of its own, as its tenants' full reindexes replace the index. */
    @Bean
    IndexNames productIndexNames(@Value("${feira.search.index:feira-products}") String alias) {
        return new IndexNames(alias);
    }

    @Bean(destroyMethod = "close")
    SearchCluster searchCluster(@Value("${feira.elasticsearch.url:}") String url,
                                @Value("${feira.elasticsearch.home}") Path home,
                                @Value("${feira.embedded.data-directory:}") String dataDirectory,
                                @Value("${feira.elasticsearch.username:}") String username,
                                @Value("${feira.elasticsearch.password:}") String password) throws IOException {
        EmbeddedElasticsearch embedded = null;
        if (url.isBlank()) {
            Path work = dataDirectory.isBlank()
                    ? Files.createTempDirectory("feira-elasticsearch-")
                    : Path.of(dataDirectory, "elasticsearch");
            embedded = EmbeddedElasticsearch.shared(home, work);
        }
        // A cluster's nodes, comma-separated: the client spreads requests over them and passes over one that is down.
        HttpHost[] nodes = java.util.Arrays.stream((embedded == null ? url : embedded.url()).split(","))
                .map(String::strip).filter(node -> !node.isEmpty()).map(HttpHost::create).toArray(HttpHost[]::new);
        var builder = RestClient.builder(nodes);
        if (!username.isBlank()) { // a secured cluster (ECK always is): basic authentication on every request
            String credentials = java.util.Base64.getEncoder().encodeToString(
                    (username + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            builder.setDefaultHeaders(new Header[] {new BasicHeader("Authorization", "Basic " + credentials)});
        }
        var restClient = builder.build();
        var client = new ElasticsearchClient(new RestClientTransport(restClient, new Jackson3JsonpMapper()));
        return new SearchCluster(client, embedded);
    }
}
